package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Observable bridge from {@link Messages} to JavaFX: bindings made here recompute when the language changes,
 * so a label bound once follows every later switch.
 *
 * <p>The locale property changes only on the FX thread. Before the toolkit starts (view-model tests) it
 * changes on the caller's thread.
 */
public final class Localized {

    private static final ReadOnlyObjectWrapper<Locale> LOCALE = new ReadOnlyObjectWrapper<>(Messages.locale());

    static {
        Messages.addLocaleListener(Localized::publish);
    }

    private Localized() {
    }

    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE.getReadOnlyProperty();
    }

    /** Returns the text of {@code key}, formatted again on every language switch. */
    public static StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> Messages.get(LOCALE.get(), key, args), LOCALE);
    }

    /** Returns the text of whatever message {@code message} holds; an empty string while it holds null. */
    public static StringBinding text(ObservableValue<LocalizedText> message) {
        return Bindings.createStringBinding(() -> {
            LocalizedText value = message.getValue();
            return value == null ? "" : value.format(LOCALE.get());
        }, message, LOCALE);
    }

    private static void publish(Locale locale) {
        if (Platform.isFxApplicationThread()) {
            LOCALE.set(locale);
            return;
        }
        try {
            Platform.runLater(() -> LOCALE.set(locale));
        } catch (IllegalStateException toolkitNotRunning) {
            LOCALE.set(locale);
        }
    }
}
