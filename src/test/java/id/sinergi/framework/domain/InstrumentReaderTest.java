package id.sinergi.framework.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentProblem;
import id.sinergi.framework.InvalidInstrumentException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class InstrumentReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final InstrumentReader reader = new InstrumentReader();

    @ParameterizedTest
    @ValueSource(strings = {BundledInstrumentFiles.SPBE_2018, BundledInstrumentFiles.SPBE_2020,
            BundledInstrumentFiles.PEMDI_2026})
    void bundledInstrumentsAreValidAndKeepTheirSourcesAndStatus(String code) {
        Instrument instrument = reader.read(BundledInstrumentFiles.bytes(code));

        assertThat(instrument.code()).isEqualTo(code);
        assertThat(instrument.sources()).isNotEmpty();
        assertThat(instrument.status()).isNotBlank();
        assertThat(instrument.provisional()).isEqualTo(code.equals(BundledInstrumentFiles.PEMDI_2026));
    }

    @Test
    void levelScalesCarryNamesAndIndonesianAndEnglishCriteria() {
        Instrument spbe = reader.read(BundledInstrumentFiles.bytes(BundledInstrumentFiles.SPBE_2020));

        assertThat(spbe.levelScale("process").orElseThrow().level(3).orElseThrow().name()).isEqualTo("Terstandarisasi");
        assertThat(spbe.levelScale("technical").orElseThrow().level(4).orElseThrow().name()).isEqualTo("Kolaborasi");
        var criteria = spbe.levelScale("process").orElseThrow().level(1).orElseThrow().criteria();
        assertThat(criteria.in(Locale.forLanguageTag("id"))).contains("draf");
        assertThat(criteria.in(Locale.ENGLISH)).contains("draft");
        assertThat(spbe.indicators().get(31).levelScale()).isEqualTo("technical");
    }

    @Test
    void reportsEveryProblemOfABrokenFileAtOnce() {
        byte[] broken = edit(BundledInstrumentFiles.SPBE_2020, root -> {
            ObjectNode d1 = (ObjectNode) root.get("domains").get(0);
            ObjectNode a1 = (ObjectNode) d1.get("aspects").get(0);
            ((ObjectNode) a1.get("indicators").get(0)).put("weight", "1.4");          // A1 adds up to 13.1
            ((ObjectNode) a1.get("indicators").get(1)).put("code", "1");              // duplicate code
            ((ObjectNode) root.get("domains").get(1)).put("weight", "24");             // D2 ≠ Σ aspects, total ≠ 100
            ((ObjectNode) root.get("valueScale")).put("decimals", 7);                  // value scale
            ArrayNode predicates = (ArrayNode) root.get("predicates");
            ((ObjectNode) predicates.get(1)).put("min", "3.6");                         // gap 3.5 … 3.6
            ((ObjectNode) predicates.get(3)).put("max", "2.7");                         // overlap 2.6 … 2.7
        });

        List<InstrumentProblem> all = catchThrowableOfType(InvalidInstrumentException.class,
                () -> reader.read(broken)).problems();

        assertThat(all).extracting(InstrumentProblem::messageKey).containsExactlyInAnyOrder(
                "instrument.valueScale.decimals",
                "instrument.duplicateCode",
                "instrument.weight.aspectSum",
                "instrument.weight.domainSum",
                "instrument.weight.total",
                "instrument.band.gap",
                "instrument.band.overlap");
        assertThat(all).filteredOn(p -> p.messageKey().equals("instrument.weight.aspectSum"))
                .singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("A1", "13.1", "13"));
        assertThat(all).filteredOn(p -> p.messageKey().equals("instrument.weight.total"))
                .singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("99"));
    }

    @Test
    void reportsEveryMissingPartOfAMalformedFile() {
        byte[] malformed = """
                {"code": "Bad Code", "name": "", "valueScale": {"min": "1", "max": "x", "decimals": 0},
                 "rounding": {"scale": 2, "mode": "HALF_EVEN"}, "predicateBasis": "SOMETIMES",
                 "levelScales": [], "predicates": [{"name": "A", "min": 1, "max": 5}],
                 "domains": [{"code": "D1", "name": "D", "weight": "abc", "aspects": []}]}
                """.getBytes(StandardCharsets.UTF_8);

        List<InstrumentProblem> problems = catchThrowableOfType(InvalidInstrumentException.class,
                () -> reader.read(malformed)).problems();

        assertThat(problems).extracting(InstrumentProblem::path, InstrumentProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("$.code", "instrument.code.pattern"),
                org.assertj.core.groups.Tuple.tuple("$.name", "instrument.required"),
                org.assertj.core.groups.Tuple.tuple("$.indexName", "instrument.required"),
                org.assertj.core.groups.Tuple.tuple("$.valueScale.max", "instrument.number.format"),
                org.assertj.core.groups.Tuple.tuple("$.rounding.mode", "instrument.rounding.mode"),
                org.assertj.core.groups.Tuple.tuple("$.predicateBasis", "instrument.predicateBasis"),
                org.assertj.core.groups.Tuple.tuple("$.levelScales", "instrument.array.empty"),
                org.assertj.core.groups.Tuple.tuple("$.predicates[0]", "instrument.predicate.inclusive"),
                org.assertj.core.groups.Tuple.tuple("$.domains[0].weight", "instrument.weight.format"),
                org.assertj.core.groups.Tuple.tuple("$.domains[0].aspects", "instrument.array.empty"));
    }

    @Test
    void levelScaleMustNameEveryLevelOfAnIntegerScale() {
        byte[] file = edit(BundledInstrumentFiles.SPBE_2020, root -> {
            ArrayNode levels = (ArrayNode) root.get("levelScales").get(0).get("levels");
            levels.remove(4);
            ((ObjectNode) levels.get(0)).put("level", 2);
        });

        List<InstrumentProblem> problems = catchThrowableOfType(InvalidInstrumentException.class,
                () -> reader.read(file)).problems();

        assertThat(problems).extracting(InstrumentProblem::messageKey, p -> p.arguments().get(0)).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("instrument.level.duplicate", 2),
                org.assertj.core.groups.Tuple.tuple("instrument.level.missing", 1),
                org.assertj.core.groups.Tuple.tuple("instrument.level.missing", 5));
    }

    @Test
    void notJsonIsOneClearProblem() {
        List<InstrumentProblem> problems = catchThrowableOfType(InvalidInstrumentException.class,
                () -> reader.read("{\"code\": ".getBytes(StandardCharsets.UTF_8))).problems();
        assertThat(problems).singleElement().extracting(InstrumentProblem::messageKey).isEqualTo("instrument.notJson");
    }

    @Test
    void everyProblemHasAMessageInBothLanguages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        byte[] malformed = "{\"code\": \"x\", \"aspects\": [{}], \"predicates\": [{}], \"levelScales\": [{\"levels\": [{}]}]}"
                .getBytes(StandardCharsets.UTF_8);
        List<InstrumentProblem> problems = catchThrowableOfType(InvalidInstrumentException.class,
                () -> reader.read(malformed)).problems();

        assertThat(problems).hasSizeGreaterThan(5).allSatisfy(p -> {
            for (Locale locale : List.of(Locale.forLanguageTag("id"), Locale.ENGLISH)) {
                assertThat(messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)).isNotBlank();
            }
        });
    }

    private static byte[] edit(String code, Consumer<ObjectNode> change) {
        ObjectNode root = (ObjectNode) JSON.readTree(BundledInstrumentFiles.bytes(code));
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }
}
