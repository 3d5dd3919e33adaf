package com.hashinsight.ui.health;

import com.hashinsight.store.Workspace;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import com.hashinsight.ui.task.BackgroundTasks;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Miner health state: every miner of the open workspace with its risks, filtered by text, site and a minimum
 * 30-day risk. The rows are assessed again in the background whenever another workspace opens.
 */
public final class HealthViewModel {

    private final WorkspaceSession session;
    private final BackgroundTasks tasks;
    private final HealthAssessor assessor;
    private final ObservableList<MinerHealth> miners = FXCollections.observableArrayList();
    private final FilteredList<MinerHealth> visible = new FilteredList<>(miners);
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<String> site = new SimpleObjectProperty<>();
    private final DoubleProperty minRisk30dPct = new SimpleDoubleProperty();
    private final ReadOnlyObjectWrapper<LocalizedText> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalizedText> sourceDetail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalizedText> message = new ReadOnlyObjectWrapper<>();
    private long loads;

    public HealthViewModel(WorkspaceSession session, BackgroundTasks tasks, HealthAssessor assessor) {
        this.session = session;
        this.tasks = tasks;
        this.assessor = assessor;
        filterText.addListener((obs, old, value) -> applyFilter());
        site.addListener((obs, old, value) -> applyFilter());
        minRisk30dPct.addListener((obs, old, value) -> applyFilter());
        session.currentProperty().addListener((obs, old, workspace) -> reload());
        reload();
    }

    /** Miners that pass the filters, in assessment order; the view sorts them. */
    public ObservableList<MinerHealth> visibleMiners() {
        return visible;
    }

    /** Every assessed miner, before filtering. */
    public ObservableList<MinerHealth> miners() {
        return miners;
    }

    /** Site names of the assessed miners, for the site filter. */
    public ObservableList<String> sites() {
        return sites;
    }

    /** Text that a miner's serial, model, site, client or recommendation must contain, ignoring case. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Site a miner must be at; null for every site. */
    public ObjectProperty<String> siteProperty() {
        return site;
    }

    /** Lowest 30-day risk in percent a miner must have to be shown; 0 shows every miner. */
    public DoubleProperty minRisk30dPctProperty() {
        return minRisk30dPct;
    }

    /** Where the risks come from; null before the first assessment. */
    public ReadOnlyObjectProperty<LocalizedText> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Second line under the source, such as why the model is not used; null when there is none. */
    public ReadOnlyObjectProperty<LocalizedText> sourceDetailProperty() {
        return sourceDetail.getReadOnlyProperty();
    }

    /** End of the telemetry window assessed; null before the first assessment. */
    public ReadOnlyObjectProperty<Instant> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    /** Why the table is empty or still loading; null once it is filled. */
    public ReadOnlyObjectProperty<LocalizedText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Assesses the open workspace again in the background. */
    public void reload() {
        long load = ++loads;
        miners.clear();
        sites.clear();
        source.set(null);
        sourceDetail.set(null);
        asOf.set(null);
        Workspace workspace = session.current();
        if (workspace == null) {
            message.set(LocalizedText.of("ui.health.noWorkspace"));
            return;
        }
        message.set(LocalizedText.of("ui.health.loading"));
        tasks.submit(LocalizedText.of("ui.health.task"), progress -> assessor.assess(workspace, progress),
                (Optional<HealthReport> report) -> {
                    if (load == loads) {
                        show(report);
                    }
                },
                error -> {
                    if (load == loads) {
                        message.set(LocalizedText.of("ui.health.error", String.valueOf(error.getLocalizedMessage())));
                    }
                });
    }

    private void show(Optional<HealthReport> report) {
        if (report.isEmpty()) {
            message.set(LocalizedText.of("ui.health.noTelemetry"));
            return;
        }
        source.set(report.get().source());
        sourceDetail.set(report.get().detail());
        asOf.set(report.get().asOf());
        TreeSet<String> names = new TreeSet<>();
        report.get().miners().forEach(row -> {
            if (!row.site().isEmpty()) {
                names.add(row.site());
            }
        });
        sites.setAll(names);
        miners.setAll(report.get().miners());
        message.set(null);
    }

    private void applyFilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        String chosenSite = site.get();
        double minRisk = minRisk30dPct.get();
        visible.setPredicate(row -> (chosenSite == null || chosenSite.equals(row.site()))
                && row.risk30dPct() >= minRisk
                && (text.isEmpty() || matches(row, text)));
    }

    private static boolean matches(MinerHealth row, String text) {
        for (String field : new String[] {row.serial(), row.model(), row.site(), row.client(), row.recommendation().format()}) {
            if (field != null && field.toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }
}
