package id.sinergi.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number. Scores are kept as rationals from input to presentation because some
 * official weights are not finite decimals (PermenPANRB 5/2018 gives aspect A7's six items 20/6
 * each) and domain values are quotients that often do not terminate (e.g. 45/16.5). Rounding
 * happens once, in {@link #round(int)}, half-up as the instruments prescribe.
 */
public final class Rational implements Comparable<Rational> {

    public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);
    public static final Rational HUNDRED = new Rational(BigInteger.valueOf(100), BigInteger.ONE);

    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Rational of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
        return new Rational(numerator, denominator);
    }

    public static Rational of(long value) {
        return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** Largest decimal exponent accepted, so that text such as "1e-99999999" cannot exhaust the machine. */
    private static final int MAX_SCALE = 1000;

    public static Rational of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (Math.abs(stripped.scale()) > MAX_SCALE) {
            throw new ArithmeticException("decimal exponent out of range: " + stripped.scale());
        }
        if (stripped.scale() <= 0) {
            return new Rational(stripped.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
    }

    /**
     * Parses a decimal ("1.3", "16.5") or a fraction of decimals ("20/6", "36/16.5").
     *
     * @throws NumberFormatException when the text is neither
     */
    public static Rational parse(String text) {
        String trimmed = Objects.requireNonNull(text, "text").trim();
        int slash = trimmed.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(trimmed));
        }
        Rational n = of(new BigDecimal(trimmed.substring(0, slash).trim()));
        Rational d = of(new BigDecimal(trimmed.substring(slash + 1).trim()));
        if (d.signum() == 0) {
            throw new NumberFormatException("denominator is zero: " + text);
        }
        return n.divide(d);
    }

    public Rational add(Rational other) {
        if (denominator.equals(other.denominator)) {
            return of(numerator.add(other.numerator), denominator);
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Rational subtract(Rational other) {
        return add(other.negate());
    }

    public Rational multiply(Rational other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Rational divide(Rational other) {
        if (other.numerator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Rational negate() {
        return new Rational(numerator.negate(), denominator);
    }

    public int signum() {
        return numerator.signum();
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    /** Rounds half-up (away from zero on a tie) to {@code scale} decimals; the only rounding step. */
    public BigDecimal round(int scale) {
        BigInteger scaled = numerator.abs().multiply(BigInteger.TEN.pow(scale));
        BigInteger[] qr = scaled.divideAndRemainder(denominator);
        BigInteger q = qr[0];
        if (qr[1].shiftLeft(1).compareTo(denominator) >= 0) {
            q = q.add(BigInteger.ONE);
        }
        BigDecimal rounded = new BigDecimal(q, scale);
        return numerator.signum() < 0 ? rounded.negate() : rounded;
    }

    /** True when the decimal expansion is finite (the reduced denominator has only factors 2 and 5). */
    public boolean isFiniteDecimal() {
        BigInteger d = denominator.shiftRight(denominator.getLowestSetBit());
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        return d.equals(BigInteger.ONE);
    }

    /**
     * The exact decimal when it is finite, otherwise the value rounded half-up to {@code maxScale}
     * decimals. Never fewer than {@code minScale} decimals.
     */
    public BigDecimal toDecimal(int minScale, int maxScale) {
        BigDecimal value = isFiniteDecimal()
                ? new BigDecimal(numerator).divide(new BigDecimal(denominator)).stripTrailingZeros()
                : round(maxScale).stripTrailingZeros();
        return value.scale() < minScale ? value.setScale(minScale, RoundingMode.UNNECESSARY) : value;
    }

    @Override
    public int compareTo(Rational other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    public int compareTo(BigDecimal other) {
        return compareTo(of(other));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /** "13", "16.5", or "10/3" when the decimal expansion does not terminate. */
    @Override
    public String toString() {
        return isFiniteDecimal() ? toDecimal(0, 0).toPlainString() : numerator + "/" + denominator;
    }
}
