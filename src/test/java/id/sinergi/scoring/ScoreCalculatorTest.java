package id.sinergi.scoring;

import static id.sinergi.framework.BundledInstrumentFiles.PEMDI_2026;
import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2018;
import static id.sinergi.framework.BundledInstrumentFiles.SPBE_2020;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.PredicateBasis;
import id.sinergi.scoring.InputProblem.Kind;
import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreCalculatorTest {

    static final Instrument SPBE_2018_INSTRUMENT = BundledInstrumentFiles.instrument(SPBE_2018);
    static final Instrument SPBE_2020_INSTRUMENT = BundledInstrumentFiles.instrument(SPBE_2020);
    static final Instrument PEMDI_2026_INSTRUMENT = BundledInstrumentFiles.instrument(PEMDI_2026);

    static Instrument instrument(String code) {
        return switch (code) {
            case SPBE_2018 -> SPBE_2018_INSTRUMENT;
            case SPBE_2020 -> SPBE_2020_INSTRUMENT;
            case PEMDI_2026 -> PEMDI_2026_INSTRUMENT;
            default -> throw new IllegalArgumentException(code);
        };
    }

    @Nested
    class EveryInstrumentAtEveryLevel {

        static Stream<Arguments> uniformLevels() {
            return Stream.of(
                    Arguments.of(SPBE_2018, "0", "0.00", "Kurang"),
                    Arguments.of(SPBE_2018, "1", "1.00", "Kurang"),
                    Arguments.of(SPBE_2018, "2", "2.00", "Cukup"),
                    Arguments.of(SPBE_2018, "3", "3.00", "Baik"),
                    Arguments.of(SPBE_2018, "4", "4.00", "Sangat Baik"),
                    Arguments.of(SPBE_2018, "5", "5.00", "Memuaskan"),
                    Arguments.of(SPBE_2020, "1", "1.00", "Kurang"),
                    Arguments.of(SPBE_2020, "2", "2.00", "Cukup"),
                    Arguments.of(SPBE_2020, "3", "3.00", "Baik"),
                    Arguments.of(SPBE_2020, "4", "4.00", "Sangat Baik"),
                    Arguments.of(SPBE_2020, "5", "5.00", "Memuaskan"),
                    Arguments.of(PEMDI_2026, "1.00", "1.00", "Kurang"),
                    Arguments.of(PEMDI_2026, "1.01", "1.01", "Kurang"),
                    Arguments.of(PEMDI_2026, "2.37", "2.37", "Cukup"),
                    Arguments.of(PEMDI_2026, "4.99", "4.99", "Memuaskan"),
                    Arguments.of(PEMDI_2026, "5.00", "5.00", "Memuaskan"));
        }

        @ParameterizedTest(name = "{0}: every indicator at {1} gives {2} {3}")
        @MethodSource("uniformLevels")
        void everyFigureEqualsTheCommonLevel(String code, String level, String index, String predicate) {
            Instrument instrument = instrument(code);
            ScoreResult result = Levels.of(instrument).all(level).score();

            assertThat(result.indexRounded()).isEqualTo(new BigDecimal(index));
            assertThat(result.predicate()).isEqualTo(predicate);
            assertThat(result.domains()).hasSize(instrument.domains().size())
                    .allSatisfy(d -> assertThat(d.rounded()).isEqualTo(new BigDecimal(index)));
            assertThat(result.aspects()).hasSize(instrument.aspects().size())
                    .allSatisfy(a -> assertThat(a.rounded()).isEqualTo(new BigDecimal(index)));
        }

        @Test
        void instrumentsHaveTheirOfficialShape() {
            assertThat(SPBE_2020_INSTRUMENT.indicators()).hasSize(47);
            assertThat(SPBE_2020_INSTRUMENT.domains()).hasSize(4);
            assertThat(SPBE_2020_INSTRUMENT.aspects()).hasSize(8);
            assertThat(SPBE_2018_INSTRUMENT.indicators()).hasSize(37);
            assertThat(SPBE_2018_INSTRUMENT.domains()).hasSize(3);
            assertThat(SPBE_2018_INSTRUMENT.aspects()).hasSize(7);
            assertThat(PEMDI_2026_INSTRUMENT.indicators()).hasSize(20);
            assertThat(PEMDI_2026_INSTRUMENT.domains()).isEmpty();
            assertThat(PEMDI_2026_INSTRUMENT.aspects()).hasSize(7);
        }
    }

    @Nested
    class RoundingTraps {

        @ParameterizedTest(name = "exact {0} is published as {1} ({2})")
        @CsvSource({
                "1.875, 1.88, Cukup",
                "4.445, 4.45, Memuaskan",
                "3.495, 3.50, Sangat Baik",
                "4.195, 4.20, Memuaskan",
                "2.595, 2.60, Baik",
                "1.795, 1.80, Cukup"})
        void theIndexIsRoundedHalfUpOnceAndThePredicateReadsTheRoundedIndex(String exact, String published,
                String predicate) {
            ScoreResult result = Levels.reaching(SPBE_2020_INSTRUMENT, exact).score();

            assertThat(result.index()).isEqualTo(Rational.parse(exact));
            assertThat(result.indexRounded()).isEqualTo(new BigDecimal(published));
            assertThat(result.predicate()).isEqualTo(predicate);
        }

        @ParameterizedTest(name = "exact {0}: the rounded index {1} is {2}, the exact one {3}")
        @CsvSource({"3.495, 3.50, Sangat Baik, Baik", "4.195, 4.20, Memuaskan, Sangat Baik", "2.595, 2.60, Baik, Cukup"})
        void anInstrumentReadingThePredicateFromTheExactIndexIsFollowed(String exact, String published,
                String fromRounded, String fromExact) {
            Instrument exactBasis = BundledInstrumentFiles.presentingWith(SPBE_2020_INSTRUMENT, 2, PredicateBasis.EXACT);

            ScoreResult result = Levels.reaching(exactBasis, exact).score();

            assertThat(result.indexRounded()).isEqualTo(new BigDecimal(published));
            assertThat(result.predicate()).isEqualTo(fromExact);
            assertThat(Levels.reaching(SPBE_2020_INSTRUMENT, exact).score().predicate()).isEqualTo(fromRounded);
        }

        @Test
        void aDomainIsComputedFromExactAspectsNotFromRoundedOnes() {
            // D3 = (A5·12 + A6·4.5) / 16.5 with A5 = 9/8 = 1.125 and A6 = 15/3 = 5: exactly 2.1818…,
            // published 2.18. From the rounded aspects (1.13 and 5.00) it would be 2.1854… → 2.19.
            ScoreResult result = Levels.of(SPBE_2020_INSTRUMENT).all(1).set("21", 2)
                    .set("29", 5).set("30", 5).set("31", 5).score();

            var a5 = figure(result.aspects(), "A5");
            var a6 = figure(result.aspects(), "A6");
            var d3 = figure(result.domains(), "D3");
            assertThat(a5.value()).isEqualTo(Rational.parse("1.125"));
            assertThat(a5.rounded()).isEqualByComparingTo("1.13");
            assertThat(a6.rounded()).isEqualByComparingTo("5.00");
            assertThat(d3.value()).isEqualTo(Rational.parse("36/16.5"));
            assertThat(d3.rounded()).isEqualByComparingTo("2.18");
            BigDecimal fromRoundedAspects = a5.rounded().multiply(new BigDecimal("12"))
                    .add(a6.rounded().multiply(new BigDecimal("4.5")))
                    .divide(new BigDecimal("16.5"), 2, java.math.RoundingMode.HALF_UP);
            assertThat(fromRoundedAspects).isEqualByComparingTo("2.19");
        }

        @Test
        void theWorkedExampleOfSpbeMdHolds() {
            // SPBE.md: (13·3.00 + 25·3.30 + 16.5·2.18 + 45.5·3.55)/100 = 3.18995 → published 3.19.
            Explanation index = ScoreCalculator.indexFromParts(SPBE_2020_INSTRUMENT, Map.of(
                    "D1", new BigDecimal("3.00"), "D2", new BigDecimal("3.30"),
                    "D3", new BigDecimal("2.18"), "D4", new BigDecimal("3.55")));

            assertThat(index.value()).isEqualTo(Rational.parse("3.18995"));
            assertThat(index.value().round(2)).isEqualByComparingTo("3.19");
            assertThat(index.terms()).extracting(Term::code).containsExactly("D1", "D2", "D3", "D4");
            assertThat(index.divisor()).isEqualTo(Rational.HUNDRED);
        }

        @Test
        void nonTerminatingWeightsOf2018StayExact() {
            // 5/2018 aspect A7 gives each of its six items 20/6: A7 = Σ levels / 6.
            ScoreResult result = Levels.of(SPBE_2018_INSTRUMENT).all(3).set("32", 5).score();

            Figure a7 = figure(result.aspects(), "A7");
            assertThat(a7.value()).isEqualTo(Rational.parse("20/6"));
            assertThat(a7.rounded()).isEqualByComparingTo("3.33");
            assertThat(result.index()).isEqualTo(Rational.parse("3").add(Rational.parse("40/6").divide(Rational.HUNDRED)));
        }
    }

    @Nested
    class IndexEqualsWeightedSumOfIndicators {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {SPBE_2018, SPBE_2020, PEMDI_2026})
        void forRandomAssessments(String code) {
            Instrument instrument = instrument(code);
            Random random = new Random(20260601L + code.hashCode());
            for (int run = 0; run < 300; run++) {
                Levels levels = Levels.of(instrument).random(random);
                Rational direct = Rational.ZERO;
                for (Indicator indicator : instrument.indicators()) {
                    direct = direct.add(Rational.of(levels.values().get(indicator.code())).multiply(indicator.weight()));
                }
                direct = direct.divide(Rational.HUNDRED);

                ScoreResult result = levels.score();

                assertThat(result.index()).as("run %d of %s", run, code).isEqualTo(direct);
                assertThat(result.indexRounded()).isEqualTo(direct.round(2));
            }
        }
    }

    @Nested
    class Predicates {

        @ParameterizedTest(name = "59/2020: {0} → {1}")
        @CsvSource({
                "5.00, Memuaskan", "4.20, Memuaskan", "4.19, Sangat Baik", "3.50, Sangat Baik", "3.49, Baik",
                "2.60, Baik", "2.59, Cukup", "1.80, Cukup", "1.79, Kurang", "1.00, Kurang"})
        void bandsOf2020OnBothSidesOfEachThreshold(String index, String predicate) {
            assertThat(SPBE_2020_INSTRUMENT.predicateOf(new BigDecimal(index)).orElseThrow().name()).isEqualTo(predicate);
        }

        @ParameterizedTest(name = "59/2020 levels with exact index {0} → {1}")
        @CsvSource({"4.19, Sangat Baik", "3.49, Baik", "2.59, Cukup", "1.79, Kurang"})
        void justBelowEachThresholdThroughTheCalculator(String exact, String predicate) {
            assertThat(Levels.reaching(SPBE_2020_INSTRUMENT, exact).score().predicate()).isEqualTo(predicate);
        }

        @ParameterizedTest(name = "8/2026: every value {0} → {1}")
        @CsvSource({
                "1.00, Kurang", "1.49, Kurang", "1.50, Cukup", "2.49, Cukup", "2.50, Baik", "3.49, Baik",
                "3.50, Sangat Baik", "3.99, Sangat Baik", "4.00, Memuaskan", "5.00, Memuaskan"})
        void bandsOf2026OnBothSidesOfEachThreshold(String value, String predicate) {
            ScoreResult result = Levels.of(PEMDI_2026_INSTRUMENT).all(value).score();
            assertThat(result.indexRounded()).isEqualByComparingTo(value);
            assertThat(result.predicate()).isEqualTo(predicate);
        }

        @ParameterizedTest(name = "5/2018: {0} → {1}")
        @CsvSource({"0.00, Kurang", "1.79, Kurang", "1.80, Cukup", "2.60, Baik", "3.50, Sangat Baik", "4.20, Memuaskan"})
        void bandsOf2018StartAtZero(String index, String predicate) {
            assertThat(SPBE_2018_INSTRUMENT.predicateOf(new BigDecimal(index)).orElseThrow().name()).isEqualTo(predicate);
        }
    }

    @Nested
    class Explanations {

        @Test
        void everyAspectExplainsItsIndicatorsAndWeights() {
            ScoreResult result = Levels.of(SPBE_2020_INSTRUMENT).all(3).set("11", 5).set("12", 4).score();

            Explanation a2 = figure(result.aspects(), "A2").explanation();
            assertThat(a2.terms()).extracting(Term::code).containsExactly("11", "12", "13", "14");
            assertThat(a2.terms().get(0).product()).isEqualTo(Rational.parse("12.5"));
            assertThat(a2.weightedSum()).isEqualTo(Rational.parse("37.5"));
            assertThat(a2.divisor()).isEqualTo(Rational.parse("10"));
            assertThat(a2.value()).isEqualTo(Rational.parse("3.75"));

            Explanation d2 = figure(result.domains(), "D2").explanation();
            assertThat(d2.terms()).extracting(Term::code).containsExactly("A2", "A3", "A4");
            assertThat(d2.divisor()).isEqualTo(Rational.parse("25"));

            assertThat(result.indexExplanation().terms()).extracting(Term::code).containsExactly("D1", "D2", "D3", "D4");
            assertThat(result.indexExplanation().value()).isEqualTo(result.index());
        }

        @Test
        void withoutDomainsTheIndexIsExplainedByAspects() {
            ScoreResult result = Levels.of(PEMDI_2026_INSTRUMENT).all("2.50").set("IND-20", "4.25").score();

            assertThat(result.domains()).isEmpty();
            assertThat(result.indexExplanation().terms()).extracting(Term::code)
                    .containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7");
            // Σ value·weight / 100 = (85·2.50 + 15·4.25) / 100 = 2.7625
            assertThat(result.index()).isEqualTo(Rational.parse("2.7625"));
            assertThat(result.indexRounded()).isEqualByComparingTo("2.76");
            assertThat(figure(result.aspects(), "A7").value()).isEqualTo(Rational.parse("3.55"));
        }
    }

    @Nested
    class InvalidInput {

        @Test
        void namesEveryOffendingCodeWithItsProblem() {
            List<InputEntry> entries = new ArrayList<>();
            for (int i = 1; i <= 47; i++) {
                if (i != 5) {
                    entries.add(new InputEntry(Integer.toString(i), BigDecimal.valueOf(3)));
                }
            }
            entries.set(0, new InputEntry("1", new BigDecimal("6")));
            entries.set(1, new InputEntry("2", new BigDecimal("0")));
            entries.set(2, new InputEntry("3", new BigDecimal("2.5")));
            entries.set(3, new InputEntry("4", null));
            entries.add(new InputEntry("48", BigDecimal.ONE));
            entries.add(new InputEntry("7", BigDecimal.ONE));

            List<InputProblem> problems = ScoreCalculator.validate(SPBE_2020_INSTRUMENT, entries);

            assertThat(problems).extracting(InputProblem::code, InputProblem::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("1", Kind.OUT_OF_RANGE),
                    org.assertj.core.groups.Tuple.tuple("2", Kind.OUT_OF_RANGE),
                    org.assertj.core.groups.Tuple.tuple("3", Kind.NOT_AN_INTEGER),
                    org.assertj.core.groups.Tuple.tuple("4", Kind.NOT_A_NUMBER),
                    org.assertj.core.groups.Tuple.tuple("48", Kind.UNKNOWN),
                    org.assertj.core.groups.Tuple.tuple("7", Kind.DUPLICATE),
                    org.assertj.core.groups.Tuple.tuple("5", Kind.MISSING));
        }

        @ParameterizedTest(name = "8/2026 value {0} → {1}")
        @CsvSource({"1.005, TOO_MANY_DECIMALS", "0.99, OUT_OF_RANGE", "5.01, OUT_OF_RANGE", "-1, OUT_OF_RANGE",
                "5.001, TOO_MANY_DECIMALS"})
        void decimalScaleLimits(String value, Kind kind) {
            List<InputEntry> entries = new ArrayList<>();
            PEMDI_2026_INSTRUMENT.indicators().forEach(i -> entries.add(new InputEntry(i.code(), new BigDecimal("3.00"))));
            entries.set(4, new InputEntry("IND-05", new BigDecimal(value)));

            assertThat(ScoreCalculator.validate(PEMDI_2026_INSTRUMENT, entries))
                    .extracting(InputProblem::code, InputProblem::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("IND-05", kind));
        }

        @ParameterizedTest(name = "59/2020 level {0} is accepted")
        @ValueSource(strings = {"1", "5", "3.0", "4.00"})
        void integerValuesWrittenWithZeroDecimalsAreLevels(String value) {
            List<InputEntry> entries = new ArrayList<>();
            SPBE_2020_INSTRUMENT.indicators().forEach(i -> entries.add(new InputEntry(i.code(), new BigDecimal(value))));
            assertThat(ScoreCalculator.validate(SPBE_2020_INSTRUMENT, entries)).isEmpty();
        }

        @Test
        void scoringInvalidValuesIsRefused() {
            Map<String, BigDecimal> values = Levels.of(SPBE_2020_INSTRUMENT).all(3).set("9", 7).values();
            assertThatThrownBy(() -> ScoreCalculator.score(SPBE_2020_INSTRUMENT, values))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9");
        }
    }

    static Figure figure(List<Figure> figures, String code) {
        return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
