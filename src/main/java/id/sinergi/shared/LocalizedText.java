package id.sinergi.shared;

import java.util.Locale;

/** A text in Bahasa Indonesia (the default) and English. */
public record LocalizedText(String id, String en) {

    public LocalizedText {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Indonesian text is required");
        }
        if (en == null || en.isBlank()) {
            en = id;
        }
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : id;
    }
}
