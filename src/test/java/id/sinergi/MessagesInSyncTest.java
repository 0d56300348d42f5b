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

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesInSyncTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
