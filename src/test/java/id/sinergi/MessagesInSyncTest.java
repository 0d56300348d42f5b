package id.sinergi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every message exists in Bahasa Indonesia and in English, and no message is left empty. */
class MessagesInSyncTest {

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Properties indonesian = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(indonesian.stringPropertyNames());
        assertThat(indonesian.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    /**
     * A message with arguments goes through MessageFormat, where a single apostrophe starts a quoted
     * part and swallows the placeholders after it ("instrument's {1}" would print "instruments {1}"):
     * every placeholder must come out substituted, and apostrophes must be doubled.
     */
    @Test
    void messagesWithArgumentsFormatEveryPlaceholder() throws IOException {
        for (String path : java.util.List.of("/messages.properties", "/messages_en.properties")) {
            Properties messages = load(path);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (!value.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                Object[] args = new Object[10];
                java.util.Arrays.fill(args, 7);
                String formatted = new java.text.MessageFormat(value, java.util.Locale.ROOT).format(args);
                assertThat(formatted).as("%s in %s", key, path).doesNotContainPattern("\\{\\d");
                assertThat(value.replace("''", "")).as("%s in %s has a lone apostrophe", key, path).doesNotContain("'");
            }
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesInSyncTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
