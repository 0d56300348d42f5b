package id.sinergi.monitoring.domain;

import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2020;
import static id.sinergi.framework.BundledInstrumentFiles.presentingWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.PredicateBasis;
import id.sinergi.framework.Presented;
import id.sinergi.monitoring.MonitoringProblem;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Monitoring records and averages results with the instrument's rule ({@code Instrument.present}),
 * not a rule of its own: an instrument publishing 1 decimal and reading the predicate from the exact
 * index is followed (the bundled ones publish 2 decimals from the rounded index).
 */
class ResultPresentationTest {

    private static Instrument spbe2020(int roundingScale, PredicateBasis basis) {
        return presentingWith(BundledInstrumentFiles.instrument(SPBE_2020), roundingScale, basis);
    }

    @ParameterizedTest(name = "{0} decimals, {1}: index {2} is recorded as {3} {4}")
    @CsvSource({
            "2, ROUNDED, 3.49, 3.49, Baik",
            "2, EXACT,   3.49, 3.49, Baik",
            "2, ROUNDED, 3.5,  3.50, Sangat Baik",
            "1, ROUNDED, 3.45, 3.5,  Sangat Baik",
            "1, EXACT,   3.45, 3.5,  Baik",
            "1, EXACT,   4.15, 4.2,  Sangat Baik",
            "1, ROUNDED, 4.15, 4.2,  Memuaskan"})
    void aRecordedResultIsPresentedWithItsInstrumentsRule(int scale, PredicateBasis basis, String index,
            String recorded, String predicate) {
        Presented presented = ResultService.checked(spbe2020(scale, basis), new BigDecimal(index), null);

        assertThat(presented.rounded()).isEqualTo(new BigDecimal(recorded));
        assertThat(presented.predicateName()).isEqualTo(predicate);
    }

    @ParameterizedTest(name = "{0}: the given predicate {1} of 3.45 is refused")
    @CsvSource({"EXACT, Sangat Baik", "ROUNDED, Baik"})
    void aGivenPredicateIsCheckedAgainstTheInstrumentsBasis(PredicateBasis basis, String given) {
        assertThatThrownBy(() -> ResultService.checked(spbe2020(1, basis), new BigDecimal("3.45"), given))
                .isInstanceOf(MonitoringProblem.class)
                .extracting(e -> ((MonitoringProblem) e).messageKey()).isEqualTo("result.predicate.contradicts");
    }

    @ParameterizedTest(name = "mean of sum {0} over {1} with {2} decimals: {3}")
    @CsvSource({
            "10.00, 3, 2, 3.33",
            "10.01, 2, 2, 5.01",
            "6.99,  2, 2, 3.50",
            "6.99,  2, 1, 3.5",
            "6.89,  2, 1, 3.4"})
    void aMeanIsExactThenPresentedWithTheInstrumentsRule(String sum, int count, int scale, String mean) {
        assertThat(RankingService.mean(Optional.of(spbe2020(scale, PredicateBasis.ROUNDED)), new BigDecimal(sum), count))
                .isEqualTo(new BigDecimal(mean));
    }
}
