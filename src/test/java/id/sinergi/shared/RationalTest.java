package id.sinergi.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RationalTest {

    @ParameterizedTest(name = "{0} rounds half-up to {1}")
    @CsvSource({
            "1.875, 1.88",
            "4.445, 4.45",
            "3.18995, 3.19",
            "2.594999, 2.59",
            "2.595, 2.60",
            "3.495, 3.50",
            "0.005, 0.01",
            "0.004999, 0.00",
            "-1.875, -1.88",
            "5, 5.00",
            "36/16.5, 2.18",
            "20/6, 3.33",
            "5/6, 0.83",
            "1/8, 0.13"})
    void roundsHalfUpOnceFromTheExactValue(String value, String expected) {
        assertThat(Rational.parse(value).round(2)).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void doubleArithmeticGetsTheTrapWrongWhichIsWhyScoresAreRational() {
        assertThat(Math.round(1.005 * 100) / 100.0).isEqualTo(1.0);
        assertThat(Rational.parse("1.005").round(2)).isEqualByComparingTo("1.01");
    }

    @Test
    void keepsNonTerminatingQuotientsExact() {
        Rational third = Rational.ONE.divide(Rational.of(3));
        assertThat(third.multiply(Rational.of(3))).isEqualTo(Rational.ONE);
        assertThat(third.isFiniteDecimal()).isFalse();
        assertThat(third.toString()).isEqualTo("1/3");
        assertThat(third.toDecimal(2, 12).toPlainString()).isEqualTo("0.333333333333");
    }

    @Test
    void writesFiniteDecimalsExactly() {
        assertThat(Rational.parse("16.50").toString()).isEqualTo("16.5");
        assertThat(Rational.parse("13").toString()).isEqualTo("13");
        assertThat(Rational.parse("3.18995").toDecimal(2, 12).toPlainString()).isEqualTo("3.18995");
        assertThat(Rational.parse("3").toDecimal(2, 12).toPlainString()).isEqualTo("3.00");
        assertThat(Rational.parse("20/6")).isEqualTo(Rational.parse("10/3"));
    }

    @Test
    void comparesWithDecimals() {
        assertThat(Rational.parse("7/2").compareTo(new BigDecimal("3.5"))).isZero();
        assertThat(Rational.parse("349/100").compareTo(new BigDecimal("3.5"))).isNegative();
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> Rational.parse("1,3")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rational.parse("1/0")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Rational.parse("1e-99999999")).isInstanceOf(ArithmeticException.class);
    }
}
