package id.sinergi.monitoring.domain;

import static id.sinergi.framework.BundledInstrumentFiles.PEMDI_2026;
import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2018;
import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2020;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Instrument;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.shared.CsvReader.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row's year, instrument, index and predicate checked against the instrument of the import's year. */
class ResultValueChecksTest {

    private static final List<Instrument> PUBLISHED = Stream.of(SPBE_2018, SPBE_2020, PEMDI_2026)
            .map(BundledInstrumentFiles::instrument).toList();
    private static final ResultImportHeader HEADER = ResultImportHeader
            .find(List.of(new Line(1, List.of("Instansi", "Tahun", "Instrumen", "Indeks", "Predikat")))).orElseThrow();

    @ParameterizedTest(name = "{0}: {1}/{2}/{3}/{4} → {5}")
    @CsvSource(delimiter = '|', value = {
            "2024 | ''   | ''                  | 3.58  | ''          | permenpanrb-59-2020 | Sangat Baik | ''",
            "2024 | 2024 | 59/2020             | 3,58  | sangat  baik| permenpanrb-59-2020 | Sangat Baik | ''",
            "2031 | ''   | ''                  | 2.59  | Baik        | permenpanrb-8-2026  | Baik        | ''",
            "2024 | ''   | ''                  | 3.58  | Baik        | permenpanrb-59-2020 | Sangat Baik | Predikat:result.import.predicate.contradicts",
            "2024 | 2023 | ''                  | 3.58  | ''          | permenpanrb-59-2020 | Sangat Baik | Tahun:result.import.year.wrong",
            "2024 | 24   | ''                  | 3.58  | ''          | permenpanrb-59-2020 | Sangat Baik | Tahun:result.import.year.notNumber",
            "2024 | ''   | permenpanrb-5-2018  | 3.58  | ''          | permenpanrb-5-2018  | Sangat Baik | Tahun:result.import.year.instrument",
            "2024 | ''   | 8/2026              | 3.58  | ''          | permenpanrb-8-2026  | Sangat Baik | Tahun:result.import.year.instrumentSince",
            "2024 | ''   | 1/2099              | 3.58  | ''          |                     |             | Instrumen:result.import.instrument.unknown",
            "2024 | ''   | ''                  | ''    | ''          | permenpanrb-59-2020 |             | Indeks:result.import.index.required",
            "2024 | ''   | ''                  | 1.234,5 | ''        | permenpanrb-59-2020 |             | Indeks:result.import.index.notNumber",
            "2024 | ''   | ''                  | 5.5   | ''          | permenpanrb-59-2020 |             | Indeks:result.import.index.range",
            "2024 | ''   | ''                  | 0.5   | ''          | permenpanrb-59-2020 |             | Indeks:result.import.index.range",
            "2019 | ''   | ''                  | 0.5   | Kurang      | permenpanrb-5-2018  | Kurang      | ''",
            "2024 | ''   | ''                  | 3.581 | ''          | permenpanrb-59-2020 |             | Indeks:result.import.index.decimals"})
    void eachValueIsCheckedAgainstTheInstrumentOfTheYear(int year, String yearText, String instrumentText, String index,
            String predicate, String instrument, String recorded, String problem) {
        List<RowProblem> problems = new ArrayList<>();

        ResultValueChecks.Values values = new ResultValueChecks(year, PUBLISHED, HEADER)
                .check(5, yearText, instrumentText, index, predicate, problems);

        assertThat(values.instrument() == null ? null : values.instrument().code()).isEqualTo(instrument);
        assertThat(values.predicate()).isEqualTo(recorded);
        assertThat(problems.stream().map(p -> p.line() + ":" + p.column() + ":" + p.messageKey()).toList())
                .isEqualTo(problem.isEmpty() ? List.of() : List.of("5:" + problem));
    }

    @Test
    void aYearWithoutAnInstrumentIsReportedOnceForTheFile() {
        ResultValueChecks checks = new ResultValueChecks(2017, PUBLISHED, HEADER);
        List<RowProblem> problems = new ArrayList<>();

        checks.check(2, "", "", "3.5", "", problems);
        checks.check(3, "", "", "3.6", "", problems);

        assertThat(problems).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(tuple(0, "result.import.instrument.none"));
        assertThat(checks.instrumentCode()).isNull();
        assertThat(checks.mixedInstruments()).isEmpty();
    }

    @Test
    void oneListHoldsOneInstrument() {
        ResultValueChecks checks = new ResultValueChecks(2024, PUBLISHED, HEADER);
        List<RowProblem> problems = new ArrayList<>();

        checks.check(2, "", "", "3.5", "", problems);
        checks.check(3, "", "8/2026", "3.6", "", problems);
        checks.check(4, "", "", "3.7", "", problems);

        assertThat(checks.instrumentCode()).isNull();
        assertThat(checks.mixedInstruments()).get().extracting(RowProblem::messageKey, RowProblem::arguments)
                .containsExactly("result.import.instrument.mixed",
                        List.of("permenpanrb-59-2020 (2, 4); permenpanrb-8-2026 (3)"));
    }
}
