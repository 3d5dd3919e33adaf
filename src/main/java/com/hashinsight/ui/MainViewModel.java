package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import com.hashinsight.ui.settings.SettingsViewModel;
import com.hashinsight.ui.task.BackgroundTasks;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/** Main window state: the screen shown, the status line, the running background task and the language. */
public final class MainViewModel {

    private final BackgroundTasks tasks;
    private final SettingsViewModel settings;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.WORKSPACES);
    private final ObjectProperty<LocalizedText> status = new SimpleObjectProperty<>(LocalizedText.of("ui.status.ready"));
    private final ObjectProperty<LocalizedText> workspaceLabel =
            new SimpleObjectProperty<>(LocalizedText.of("ui.workspace.none"));

    public MainViewModel(BackgroundTasks tasks, SettingsViewModel settings) {
        this.tasks = tasks;
        this.settings = settings;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** Last status message, for example the re-score time of the comparison. */
    public ObjectProperty<LocalizedText> statusProperty() {
        return status;
    }

    /** Name of the open workspace, shown in the window's header. */
    public ObjectProperty<LocalizedText> workspaceLabelProperty() {
        return workspaceLabel;
    }

    public ReadOnlyObjectProperty<Task<?>> activeTaskProperty() {
        return tasks.activeTaskProperty();
    }

    public void cancelActiveTask() {
        tasks.cancelActive();
    }

    public Locale language() {
        return Messages.locale();
    }

    /** Switches every open screen to {@code locale} and remembers the choice for the next start. */
    public void switchLanguage(Locale locale) {
        if (locale.equals(Messages.locale())) {
            return;
        }
        Messages.setLocale(locale);
        settings.saveLanguage(Messages.locale());
    }
}
