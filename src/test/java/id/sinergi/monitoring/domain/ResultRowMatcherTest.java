package id.sinergi.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.sinergi.monitoring.ResultImport.Match;
import id.sinergi.monitoring.ResultImport.RowProblem;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row's government: by registry code, else by its name read tolerantly; ambiguity and duplicates are named. */
class ResultRowMatcherTest {

    private static final Government GORONTALO_PROVINCE = government(1, "75", "Provinsi Gorontalo", GovernmentCategory.PROVINSI);
    private static final Government GORONTALO_REGENCY = government(2, "75.01", "Kabupaten Gorontalo",
            GovernmentCategory.KABUPATEN);
    private static final Government GORONTALO_CITY = government(3, "75.71", "Kota Gorontalo", GovernmentCategory.KOTA);
    private static final Government POLEWALI_MANDAR = government(4, "76.04", "Kabupaten Polewali Mandar",
            GovernmentCategory.KABUPATEN);
    private static final Government MAMUJU_TENGAH = government(5, "76.10", "Kabupaten Mamuju Tengah",
            GovernmentCategory.KABUPATEN);
    private static final List<Government> REGISTRY = List.of(GORONTALO_PROVINCE, GORONTALO_REGENCY, GORONTALO_CITY,
            POLEWALI_MANDAR, MAMUJU_TENGAH);

    private static Government government(long id, String code, String name, GovernmentCategory category) {
        return new Government(id, code, name, category, code.substring(0, 2), Region.SULAWESI, true);
    }

    private static ResultRowMatcher matcher() {
        Map<String, Government> byCode = REGISTRY.stream().collect(Collectors.toMap(Government::code, Function.identity()));
        return new ResultRowMatcher(code -> Optional.ofNullable(byCode.get(code)), new ResultImportNames(REGISTRY), "Kode",
                "Instansi");
    }

    @ParameterizedTest(name = "code \"{0}\", name \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "76.04 | Kota Gorontalo           | CODE      | 76.04 | ''",
            "76.1  |                          | CODE      | 76.10 | ''",
            "      | Kab. Polewali Mandar     | NAME      | 76.04 | ''",
            "      | PEMKOT  gorontalo        | NAME      | 75.71 | ''",
            "      | 75.01                    | CODE      | 75.01 | ''",
            "99.99 | Kota Gorontalo           | UNMATCHED |       | Kode:result.import.code.unknown",
            "      | Gorontalo                | AMBIGUOUS |       | Instansi:result.import.name.ambiguous",
            "      |                          | UNMATCHED |       | Instansi:result.import.government.required"})
    void aRowIsMatchedByCodeFirstThenByName(String code, String name, Match match, String matchedCode, String problem) {
        List<RowProblem> problems = new ArrayList<>();

        ResultRowMatcher.Matched matched = matcher().match(7, code == null ? "" : code, name == null ? "" : name, problems);

        assertThat(matched.match()).isEqualTo(match);
        assertThat(matched.government() == null ? null : matched.government().code()).isEqualTo(matchedCode);
        assertThat(problems.stream().map(p -> p.line() + ":" + p.column() + ":" + p.messageKey()).toList())
                .isEqualTo(problem.isEmpty() ? List.of() : List.of("7:" + problem));
    }

    @Test
    void anAmbiguousNameListsEveryCandidate() {
        List<RowProblem> problems = new ArrayList<>();

        ResultRowMatcher.Matched matched = matcher().match(3, "", "Gorontalo", problems);

        assertThat(matched.candidates()).containsExactlyInAnyOrder("Provinsi Gorontalo (75)", "Kabupaten Gorontalo (75.01)",
                "Kota Gorontalo (75.71)");
        assertThat(problems.get(0).arguments()).first().isEqualTo("Gorontalo");
    }

    @Test
    void theSameGovernmentTwiceIsRefusedOnItsSecondRowNamingTheFirst() {
        ResultRowMatcher matcher = matcher();
        List<RowProblem> problems = new ArrayList<>();

        matcher.match(4, "75.71", "", problems);
        matcher.match(5, "76.04", "", problems);
        matcher.match(9, "", "Kota Gorontalo", problems);

        assertThat(problems).extracting(RowProblem::line, RowProblem::value, RowProblem::messageKey, RowProblem::arguments)
                .containsExactly(tuple(9, "Kota Gorontalo", "result.import.duplicate",
                        List.of("Kota Gorontalo", 4)));
    }
}
