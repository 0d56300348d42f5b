package id.sinergi.shared;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * The one writer of CSV cells for every file Sinergi produces. A text cell that a spreadsheet would
 * run as a formula (one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return: OWASP "CSV injection") is prefixed with an apostrophe, so it shows as the text it is; a
 * cell holding a separator, quote or line break is quoted (RFC 4180). Numbers the exporter itself
 * writes in a numeric column go through {@link #number} and stay numbers, negative ones included.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** A text cell, neutralised and quoted as needed; null is an empty cell. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') >= 0 || safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** A number written by the exporter in a numeric column, in plain notation; null is an empty cell. */
    public static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A whole number written by the exporter in a numeric column. */
    public static String number(long value) {
        return Long.toString(value);
    }

    /** One record: cells already written by {@link #text} or {@link #number}, comma separated, ending in CRLF. */
    public static String line(String... cells) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        for (String cell : cells) {
            line.add(cell);
        }
        return line.toString();
    }
}
