package id.sinergi.framework;

import static id.sinergi.framework.BundledInstrumentFiles.PEMDI_2026;
import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2018;
import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2020;
import static id.sinergi.framework.BundledInstrumentFiles.presentingWith;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Instrument#present}: the one rule for how a figure of an instrument is shown. */
class InstrumentPresentTest {

    private static Instrument instrument(String code, int roundingScale, PredicateBasis basis) {
        return presentingWith(BundledInstrumentFiles.instrument(code), roundingScale, basis);
    }

    @ParameterizedTest(name = "{0}, {1} decimals, {2}: exact {3} → {4} {5}")
    @CsvSource({
            // 59/2020 bands meet at 1.8, 2.6, 3.5 and 4.2: half-up lifts x.x95 onto the boundary
            SPBE_2020 + ", 2, ROUNDED, 3.495,    3.50, Sangat Baik",
            SPBE_2020 + ", 2, EXACT,   3.495,    3.50, Baik",
            SPBE_2020 + ", 2, ROUNDED, 3.4949,   3.49, Baik",
            SPBE_2020 + ", 2, EXACT,   3.4949,   3.49, Baik",
            SPBE_2020 + ", 2, ROUNDED, 3.5,      3.50, Sangat Baik",
            SPBE_2020 + ", 2, EXACT,   3.5,      3.50, Sangat Baik",
            SPBE_2020 + ", 2, ROUNDED, 4.195,    4.20, Memuaskan",
            SPBE_2020 + ", 2, EXACT,   4.195,    4.20, Sangat Baik",
            SPBE_2020 + ", 2, ROUNDED, 2.595,    2.60, Baik",
            SPBE_2020 + ", 2, EXACT,   2.595,    2.60, Cukup",
            SPBE_2020 + ", 2, ROUNDED, 1.795,    1.80, Cukup",
            SPBE_2020 + ", 2, EXACT,   1.795,    1.80, Kurang",
            SPBE_2020 + ", 2, ROUNDED, 3.18995,  3.19, Baik",
            SPBE_2020 + ", 2, ROUNDED, 3,        3.00, Baik",
            // another scale moves the boundary with it
            SPBE_2020 + ", 1, ROUNDED, 3.45,     3.5,  Sangat Baik",
            SPBE_2020 + ", 1, EXACT,   3.45,     3.5,  Baik",
            SPBE_2020 + ", 3, ROUNDED, 3.4995,   3.500, Sangat Baik",
            SPBE_2020 + ", 3, ROUNDED, 3.49949,  3.499, Baik",
            // 5/2018: 20/6 weights give quotients that never end
            SPBE_2018 + ", 2, ROUNDED, 10/3,     3.33, Baik",
            SPBE_2018 + ", 2, ROUNDED, 1049/300, 3.50, Sangat Baik",
            SPBE_2018 + ", 2, EXACT,   1049/300, 3.50, Baik",
            SPBE_2018 + ", 2, ROUNDED, 539/300,  1.80, Cukup",
            SPBE_2018 + ", 2, EXACT,   539/300,  1.80, Kurang",
            SPBE_2018 + ", 2, ROUNDED, 0,        0.00, Kurang",
            // 8/2026 bands meet at 1.5, 2.5, 3.5 and 4
            PEMDI_2026 + ", 2, ROUNDED, 3.995,   4.00, Memuaskan",
            PEMDI_2026 + ", 2, EXACT,   3.995,   4.00, Sangat Baik",
            PEMDI_2026 + ", 2, ROUNDED, 1.495,   1.50, Cukup",
            PEMDI_2026 + ", 2, EXACT,   1.495,   1.50, Kurang"})
    void roundsHalfUpOnceToTheScaleAndReadsThePredicateOnTheInstrumentsBasis(String code, int scale,
            PredicateBasis basis, String exact, String rounded, String predicate) {
        Presented presented = instrument(code, scale, basis).present(Rational.parse(exact));

        assertThat(presented.exact()).isEqualTo(Rational.parse(exact));
        assertThat(presented.rounded()).isEqualTo(new BigDecimal(rounded));
        assertThat(presented.rounded().scale()).as("exactly the instrument's decimals").isEqualTo(scale);
        assertThat(presented.predicateName()).isEqualTo(predicate);
    }

    @Test
    void theBundledInstrumentsPresentWithTwoDecimalsFromTheRoundedIndex() {
        for (String code : new String[] {SPBE_2018, SPBE_2020, PEMDI_2026}) {
            Instrument instrument = BundledInstrumentFiles.instrument(code);
            assertThat(instrument.roundingScale()).as(code).isEqualTo(2);
            assertThat(instrument.predicateBasis()).as(code).isEqualTo(PredicateBasis.ROUNDED);
        }
        assertThat(BundledInstrumentFiles.instrument(SPBE_2020).present(Rational.parse("3.495")).predicateName())
                .isEqualTo("Sangat Baik");
    }

    @Test
    void aDecimalIsPresentedAsItsExactValue() {
        Instrument instrument = instrument(SPBE_2020, 2, PredicateBasis.EXACT);

        assertThat(instrument.present(new BigDecimal("3.495"))).isEqualTo(instrument.present(Rational.parse("3.495")));
        assertThat(instrument.present(new BigDecimal("3.5")).rounded()).isEqualTo(new BigDecimal("3.50"));
    }

    @Test
    void aValueOffTheScaleHasNoPredicate() {
        Instrument instrument = BundledInstrumentFiles.instrument(SPBE_2020);

        assertThat(instrument.present(new BigDecimal("0.99")).predicate()).isNull();
        assertThat(instrument.present(new BigDecimal("5.01")).predicateName()).isNull();
        assertThat(instrument.present(new BigDecimal("5.004")).predicateName())
                .as("rounded onto the scale, but a ROUNDED basis reads 5.00").isEqualTo("Memuaskan");
    }
}
