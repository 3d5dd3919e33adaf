package com.hashinsight.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        for (String base : Messages.BUNDLES) {
            Properties english = load(base + ".properties");
            Properties chinese = load(base + "_zh_CN.properties");

            TreeSet<String> missingInChinese = new TreeSet<>(english.stringPropertyNames());
            missingInChinese.removeAll(chinese.stringPropertyNames());
            TreeSet<String> missingInEnglish = new TreeSet<>(chinese.stringPropertyNames());
            missingInEnglish.removeAll(english.stringPropertyNames());

            assertEquals(new TreeSet<String>(), missingInChinese, base + ": keys missing in zh-CN");
            assertEquals(new TreeSet<String>(), missingInEnglish, base + ": keys missing in English");
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        TreeSet<String> seen = new TreeSet<>();
        for (String base : Messages.BUNDLES) {
            for (String key : load(base + ".properties").stringPropertyNames()) {
                assertTrue(seen.add(key), "key " + key + " is defined twice, again in " + base);
            }
        }
    }

    @Test
    void chineseTextIsReadAsUtf8() {
        assertEquals("HashInsight 矿场策略工作站", Messages.get(Locale.SIMPLIFIED_CHINESE, "app.title"));
        assertEquals("HashInsight Workstation", Messages.get(Locale.ENGLISH, "app.title"));
    }

    @Test
    void defaultLocaleFollowsOsLanguage() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Messages.defaultLocale(Locale.TRADITIONAL_CHINESE));
        assertEquals(Locale.ENGLISH, Messages.defaultLocale(Locale.GERMANY));
    }

    @Test
    void unknownKeyFailsLoudly() {
        assertThrows(MissingResourceException.class, () -> Messages.get("no.such.key"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing bundle file " + resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
