package com.hashinsight.ui;

import com.hashinsight.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message key with its arguments, formatted only when shown, so that text held by a view model follows
 * a language switch.
 *
 * @param key  key in one of the {@link Messages#BUNDLES}; checked in the constructor
 * @param args {@link java.text.MessageFormat} arguments, in order
 */
public record LocalizedText(String key, List<Object> args) {

    public LocalizedText {
        Objects.requireNonNull(key, "key");
        if (!Messages.has(key)) {
            throw new IllegalArgumentException("no message for key " + key + "; add it to both language files");
        }
        args = List.copyOf(args);
    }

    public static LocalizedText of(String key, Object... args) {
        return new LocalizedText(key, Arrays.asList(args));
    }

    /** Formats the text in the current language. */
    public String format() {
        return format(Messages.locale());
    }

    public String format(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }
}
