package com.hashinsight.ui.fleet;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Fleet overview state: the summary of the open workspace's last day, reloaded when the workspace changes. */
public final class FleetViewModel {

    private final WorkspaceSession session;
    private final BackgroundTasks tasks;
    private final FleetSummaryCalculator calculator = new FleetSummaryCalculator();
    private final ReadOnlyObjectWrapper<FleetSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalizedText> message = new ReadOnlyObjectWrapper<>();

    public FleetViewModel(WorkspaceSession session, BackgroundTasks tasks) {
        this.session = session;
        this.tasks = tasks;
        session.currentProperty().addListener((obs, old, workspace) -> reload());
        reload();
    }

    /** Summary of the open workspace; null while loading, without a workspace or without telemetry. */
    public ReadOnlyObjectProperty<FleetSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why there is no summary, or null when there is one. */
    public ReadOnlyObjectProperty<LocalizedText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Summarises the open workspace again in the background. */
    public void reload() {
        summary.set(null);
        Workspace workspace = session.current();
        if (workspace == null) {
            message.set(LocalizedText.of("ui.fleet.noWorkspace"));
            return;
        }
        message.set(LocalizedText.of("ui.fleet.loading"));
        tasks.submit(LocalizedText.of("ui.fleet.task"), progress -> calculator.summarise(workspace, progress),
                (Optional<FleetSummary> result) -> {
                    if (session.current() != workspace) {
                        return;
                    }
                    summary.set(result.orElse(null));
                    message.set(result.isPresent() ? null : LocalizedText.of("ui.fleet.noTelemetry"));
                },
                error -> message.set(LocalizedText.of("ui.fleet.error", String.valueOf(error.getMessage()))));
    }
}
