package id.sinergi.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one reader of a number that enters Sinergi from outside: JSON bodies, form fields, CSV cells
 * and Excel cells. Every scale Sinergi knows is small (levels 0–5, indices 0–5 with two decimals,
 * percentages), so a value needs a handful of digits; the bounds below are generous for that and
 * are checked on the text <em>before</em> a {@link BigDecimal} is built. A number such as
 * {@code 3e999999999} or five thousand digits is refused here, in microseconds, instead of reaching
 * a comparison or a message that would write out a billion digits. What the instrument allows
 * (range, integers, decimals) is checked afterwards by its owner, on a value that is now small.
 */
public final class DecimalInput {

    /** Longest text accepted for one number, sign and exponent included. */
    public static final int MAX_LENGTH = 32;
    /** Digits before the decimal point, after the exponent is applied. */
    public static final int MAX_INTEGER_DIGITS = 9;
    /**
     * Digits after the decimal point, after the exponent is applied and trailing zeros dropped: 15, what
     * a spreadsheet's number carries, so that "3.33333333333333" reaches its owner and is refused there
     * with the precise reason (too many decimals for the scale).
     */
    public static final int MAX_DECIMALS = 15;

    /**
     * Plain decimal notation with a point or (as typed in Indonesia) a comma, and an optional
     * exponent of at most three digits. No thousands separators, no NaN, no infinity, no hex.
     */
    private static final Pattern SYNTAX = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d{1,3})?");

    private DecimalInput() {
    }

    /** The number written in {@code text} (surrounding blanks ignored), or empty when it is not an acceptable one. */
    public static Optional<BigDecimal> parse(CharSequence text) {
        if (text == null || text.length() > MAX_LENGTH + 64) {
            return Optional.empty();
        }
        String trimmed = text.toString().strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !SYNTAX.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return check(new BigDecimal(trimmed.replace(',', '.')));
    }

    /** The value itself when it is within the bounds a text would be held to, or empty. */
    public static Optional<BigDecimal> check(BigDecimal value) {
        if (value == null || value.precision() > MAX_LENGTH) {
            return Optional.empty();
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || stripped.scale() > MAX_DECIMALS) {
            return Optional.empty();
        }
        return Optional.of(value.scale() > MAX_DECIMALS || value.scale() < 0 ? stripped.setScale(Math.max(0,
                stripped.scale())) : value);
    }

    /**
     * What to show of a refused text in a message: at most 20 characters of it, so a message never
     * repeats a huge input back.
     */
    public static String shown(CharSequence text) {
        if (text == null) {
            return "";
        }
        String s = text.toString().strip();
        return s.length() <= 20 ? s : s.substring(0, 20) + "…";
    }
}
