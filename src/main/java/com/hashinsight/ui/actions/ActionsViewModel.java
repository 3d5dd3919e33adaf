package com.hashinsight.ui.actions;

import com.hashinsight.store.ActionLogEntry;
import com.hashinsight.store.ActionSource;
import com.hashinsight.store.StoreException;
import com.hashinsight.store.Workspace;
import com.hashinsight.ui.CsvWriter;
import com.hashinsight.ui.LocalizedText;
import com.hashinsight.ui.WorkspaceSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Apply-and-guardrails screen state: the proposal form, the guardrail verdict and the append-only action log
 * of the open workspace. Applying writes to the log only; nothing is sent to any miner.
 *
 * <p>NOTE: the guardrail check and the log reads and appends run on the calling (FX) thread. Each is a few
 * indexed queries on the local H2 file; move them to a background task if a fleet's log grows large.
 */
public final class ActionsViewModel {

    private final WorkspaceSession session;
    private final Guardrails guardrails = new Guardrails();
    private final Clock clock;
    private final ObservableList<ActionLogEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>(ActionType.POWER_LIMIT_W);
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty newValue = new SimpleStringProperty("");
    private final ObjectProperty<ActionSource> source = new SimpleObjectProperty<>(ActionSource.MANUAL);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final ObjectProperty<LocalizedText> message = new SimpleObjectProperty<>();

    public ActionsViewModel(WorkspaceSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
        session.currentProperty().addListener((obs, old, workspace) -> reload());
        reload();
    }

    public ObservableList<ActionLogEntry> entries() {
        return entries;
    }

    public ObjectProperty<ActionType> typeProperty() {
        return type;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty newValueProperty() {
        return newValue;
    }

    public ObjectProperty<ActionSource> sourceProperty() {
        return source;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty whoProperty() {
        return who;
    }

    /** Outcome of the last check, apply, rollback or export. */
    public ObjectProperty<LocalizedText> messageProperty() {
        return message;
    }

    /** Reads the action log of the open workspace again, oldest first. */
    public void reload() {
        Workspace workspace = session.current();
        if (workspace == null) {
            entries.clear();
            return;
        }
        entries.setAll(workspace.actions().entries(Instant.EPOCH, Instant.now(clock).plusSeconds(1)));
    }

    /** Returns the guardrails' verdict on the form's change, or null with a message when no workspace is open. */
    public Verdict check() {
        Workspace workspace = session.current();
        if (workspace == null) {
            message.set(LocalizedText.of("ui.actions.noWorkspace"));
            return null;
        }
        Verdict verdict = guardrails.check(workspace, proposal());
        message.set(verdict.allowed() ? null : verdict.violations().getFirst());
        return verdict;
    }

    /**
     * Logs the form's change when the guardrails allow it.
     *
     * @param confirmed true once the user confirmed a change that needs confirmation
     * @return true when the change was logged
     */
    public boolean apply(Verdict verdict, boolean confirmed) {
        Workspace workspace = session.current();
        if (workspace == null || verdict == null || !verdict.allowed() || (verdict.needsConfirmation() && !confirmed)) {
            return false;
        }
        ProposedChange change = proposal();
        ActionLogEntry entry = append(workspace, new ActionLogEntry(0, Instant.now(clock), change.target(), change.type().code(),
                verdict.oldValue(), change.newValue(), change.source(), blankToNull(change.reason()), blankToNull(change.who())));
        if (entry != null) {
            message.set(LocalizedText.of("ui.actions.applied", entry.id(), entry.target()));
        }
        return entry != null;
    }

    /** Logs the reverse of {@code entry}: a new entry from its new value back to its old value. */
    public boolean rollback(ActionLogEntry entry) {
        Workspace workspace = session.current();
        if (workspace == null || entry == null) {
            return false;
        }
        ActionLogEntry reverse = append(workspace, new ActionLogEntry(0, Instant.now(clock), entry.target(), entry.actionType(),
                entry.newValue(), entry.oldValue(), ActionSource.MANUAL,
                LocalizedText.of("ui.actions.rollbackReason", entry.id()).format(), blankToNull(who.get())));
        if (reverse != null) {
            message.set(LocalizedText.of("ui.actions.rolledBack", entry.id(), reverse.id()));
        }
        return reverse != null;
    }

    /** Writes the action log to {@code file} as CSV, with cells that look like formulas escaped. */
    public void exportCsv(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            CsvWriter csv = new CsvWriter(out);
            csv.row(List.of("id", "timestamp_utc", "target", "action_type", "old_value", "new_value", "source", "reason", "who"));
            for (ActionLogEntry entry : entries) {
                csv.row(Arrays.asList(String.valueOf(entry.id()), entry.time().toString(), entry.target(), entry.actionType(),
                        entry.oldValue(), entry.newValue(), entry.source().code(), entry.reason(), entry.who()));
            }
            message.set(LocalizedText.of("ui.actions.exported", entries.size(), file));
        } catch (IOException e) {
            message.set(LocalizedText.of("ui.actions.error.export", file, e.getMessage()));
        }
    }

    private ProposedChange proposal() {
        return new ProposedChange(type.get(), target.get().strip(), newValue.get().strip(), source.get(), reason.get(), who.get());
    }

    private ActionLogEntry append(Workspace workspace, ActionLogEntry entry) {
        try {
            ActionLogEntry stored = workspace.actions().append(entry);
            reload();
            return stored;
        } catch (StoreException e) {
            message.set(new LocalizedText(e.key(), Arrays.asList(e.args())));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
