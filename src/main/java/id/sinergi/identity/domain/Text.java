package id.sinergi.identity.domain;

import java.util.regex.Pattern;

final class Text {

    /** Control and format characters (NUL, C1 controls, bidi overrides, zero-width): never part of a name. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private Text() {
    }

    static boolean hasControl(String text) {
        return CONTROL.matcher(text).find();
    }
}
