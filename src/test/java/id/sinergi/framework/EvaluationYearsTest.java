package id.sinergi.framework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationYearsTest {

    @ParameterizedTest(name = "{0} accepted: {1}")
    @CsvSource({"2017, false", "2018, true", "2026, true", "2100, true", "2101, false"})
    void yearsFromTheFirstSpbeEvaluationToTheLastAccepted(int year, boolean accepted) {
        assertThat(EvaluationYears.accepted(year)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"permenpanrb-5-2018", "permenpanrb-59-2020", "permenpanrb-8-2026"})
    void noBundledInstrumentCoversAYearBeforeTheFirst(String code) {
        assertThat(BundledInstrumentFiles.instrument(code).usedForEvaluationYears()).allMatch(EvaluationYears::accepted);
    }
}
