package com.hashinsight.ui.settings;

import com.hashinsight.ui.LocalizedText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings screen state: editable fields, validation and saving. {@link #savedProperty()} holds the settings
 * in force, and other screens listen to it.
 */
public final class SettingsViewModel {

    private final SettingsStore store;
    /** The user's home folder, shown as {@code ~} in the data directory field; null when unknown. */
    private final Path userHome;
    private final ReadOnlyObjectWrapper<Settings> saved;
    private final StringProperty dataDirectory = new SimpleStringProperty();
    private final IntegerProperty threads = new SimpleIntegerProperty();
    private final BooleanProperty gpuEnabled = new SimpleBooleanProperty();
    private final ObjectProperty<LocalizedText> message = new SimpleObjectProperty<>();

    public SettingsViewModel(SettingsStore store, Settings initial) {
        this(store, initial, userHome());
    }

    /** Creates the view model with {@code userHome} as the folder that the data directory field shows as {@code ~}. */
    SettingsViewModel(SettingsStore store, Settings initial, Path userHome) {
        this.store = store;
        this.userHome = userHome;
        this.saved = new ReadOnlyObjectWrapper<>(initial);
        reset();
    }

    private static Path userHome() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home).toAbsolutePath();
    }

    public ReadOnlyObjectProperty<Settings> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The data directory as the field shows it: absolute, or {@code ~/…} for a folder under the user's home. */
    public StringProperty dataDirectoryProperty() {
        return dataDirectory;
    }

    public IntegerProperty threadsProperty() {
        return threads;
    }

    public BooleanProperty gpuEnabledProperty() {
        return gpuEnabled;
    }

    /** Outcome of the last save: confirmation or the validation error. */
    public ObjectProperty<LocalizedText> messageProperty() {
        return message;
    }

    /** Puts the saved values back into the fields. */
    public void reset() {
        Settings current = saved.get();
        dataDirectory.set(HomeRelativePath.display(current.dataDirectory(), userHome));
        threads.set(current.threads());
        gpuEnabled.set(current.gpuEnabled());
        message.set(null);
    }

    /** Validates the fields and saves them; returns false and sets {@link #messageProperty()} when invalid. */
    public boolean save() {
        String directoryText = dataDirectory.get() == null ? "" : dataDirectory.get().strip();
        Path directory;
        try {
            directory = HomeRelativePath.parse(directoryText, userHome);
        } catch (InvalidPathException e) {
            message.set(LocalizedText.of("ui.settings.error.directory", directoryText));
            return false;
        }
        if (directoryText.isEmpty() || !directory.isAbsolute()) {
            message.set(LocalizedText.of("ui.settings.error.directory", directoryText));
            return false;
        }
        if (threads.get() < 1 || threads.get() > Settings.MAX_THREADS) {
            message.set(LocalizedText.of("ui.settings.error.threads", threads.get(), Settings.MAX_THREADS));
            return false;
        }
        Settings updated = new Settings(directory, threads.get(), gpuEnabled.get(), saved.get().language());
        store.save(updated);
        saved.set(updated);
        message.set(LocalizedText.of("ui.settings.saved"));
        return true;
    }

    /** Saves the language choice alone, keeping the other saved values. */
    public void saveLanguage(Locale locale) {
        Settings updated = saved.get().withLanguage(locale);
        store.save(updated);
        saved.set(updated);
    }
}
