package com.hashinsight.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Localized user-facing text in English and Simplified Chinese.
 *
 * <p>Every string a user sees (labels, messages, errors, report lines) goes through {@link #get}.
 * Keys live in one bundle per feature under {@code i18n/}; {@link #BUNDLES} lists them, and a test
 * fails when a key exists in one language but not the other. Placeholders use
 * {@link MessageFormat} syntax ({@code {0}}, {@code {1}}). The default locale follows the OS:
 * Chinese locales get zh-CN, everything else English.
 *
 * <pre>{@code
 * String text = Messages.get("importer.rejected.notANumber", "power_w", "abc");
 * }</pre>
 */
public final class Messages {

    /** Bundle base names, one per feature. Add a feature's bundle here when it gets one. */
    public static final List<String> BUNDLES = List.of(
            "i18n/app",
            "i18n/store",
            "i18n/importer",
            "i18n/economics",
            "i18n/simulation",
            "i18n/tokenizer",
            "i18n/inference",
            "i18n/ui");

    /** Locales the product ships; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static volatile Locale current = defaultLocale(Locale.getDefault());
    private static final List<Consumer<Locale>> listeners = new CopyOnWriteArrayList<>();

    private Messages() {
    }

    /** Returns the supported locale closest to {@code osLocale}: zh-CN for any Chinese locale, else English. */
    public static Locale defaultLocale(Locale osLocale) {
        return "zh".equals(osLocale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static Locale locale() {
        return current;
    }

    /** Switches the language at run time and notifies listeners, for example open screens. */
    public static void setLocale(Locale locale) {
        current = defaultLocale(locale);
        listeners.forEach(listener -> listener.accept(current));
    }

    public static void addLocaleListener(Consumer<Locale> listener) {
        listeners.add(listener);
    }

    public static void removeLocaleListener(Consumer<Locale> listener) {
        listeners.remove(listener);
    }

    /** Formats {@code key} in the current locale. */
    public static String get(String key, Object... args) {
        return get(current, key, args);
    }

    /**
     * Formats {@code key} in {@code locale}.
     *
     * @throws MissingResourceException when no bundle has the key, so a typo fails loudly in tests
     */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Returns true when some bundle defines {@code key}. */
    public static boolean has(String key) {
        try {
            pattern(Locale.ENGLISH, key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static String pattern(Locale locale, String key) {
        for (String base : BUNDLES) {
            ResourceBundle bundle = bundle(base, locale);
            if (bundle != null && bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("No message for key " + key + " in " + BUNDLES, Messages.class.getName(), key);
    }

    private static ResourceBundle bundle(String base, Locale locale) {
        try {
            return ResourceBundle.getBundle(base, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
