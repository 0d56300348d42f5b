package id.sinergi.scoring.web;

import java.util.List;

/**
 * Everything {@code calculator/page.jte} shows. Numbers are plain decimal strings; the template
 * writes them in the reader's language.
 */
public record CalculatorPage(List<Option> instruments, String framework, String name, String indexName,
        boolean provisional, Scale scale, List<Section> sections, List<Legend> legends, Result result) {

    public record Option(String code, String label, boolean selected) {
    }

    /** The value scale: integer levels (a select) or decimals (a number field). */
    public record Scale(boolean integerOnly, String min, String max, int decimals, String step) {
    }

    /** One aspect's indicators; {@code domainTitle} is set on the first aspect of each domain. */
    public record Section(String domainTitle, String title, List<Row> rows) {
    }

    public record Row(String code, String name, String weight, boolean survey, List<Choice> choices, String value,
            Criteria criteria, boolean invalid) {
    }

    public record Choice(String value, String label, boolean selected) {
    }

    public record Criteria(String code, String levelName, String text) {
    }

    public record Legend(String name, List<Criteria> levels) {
    }

    /** Either the figures or the problems that prevented them. */
    public record Result(String index, String indexExact, String predicate, String predicateSlug,
            List<FigureView> domains, List<FigureView> aspects, ExplanationView indexExplanation, List<String> errors) {

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public record FigureView(String code, String name, String weight, String value, ExplanationView explanation) {
    }

    /** Exact values; one whose decimals never end is shown to 12 places after "≈". */
    public record ExplanationView(List<TermView> terms, String weightedSum, String divisor, String exact, String rounded) {
    }

    public record TermView(String code, String name, String value, String weight, String product) {
    }
}
