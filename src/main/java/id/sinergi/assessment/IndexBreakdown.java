package id.sinergi.assessment;

import id.sinergi.scoring.Decimals;
import id.sinergi.scoring.Explanation;
import id.sinergi.scoring.Figure;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.shared.Rational;
import java.util.List;

/**
 * The calculator's result written out for reading: every figure rounded half-up once for display
 * and exact beside it, each with the terms that make it. Pages and the API show the same breakdown.
 */
public record IndexBreakdown(String index, String indexExact, String predicate, List<Row> domains, List<Row> aspects,
        Sum indexSum) {

    /** A domain or aspect: its value (rounded and exact) and how it is made. */
    public record Row(String code, String name, String parentCode, String weight, String value, String exact, Sum sum) {
    }

    /** value = Σ(term value × term weight) / divisor. */
    public record Sum(List<Term> terms, String weightedSum, String divisor, String value) {
    }

    public record Term(String code, String name, String value, String weight, String product) {
    }

    public static IndexBreakdown of(ScoreResult result, int scale) {
        return new IndexBreakdown(result.indexRounded().toPlainString(), Decimals.exact(result.index(), scale),
                result.predicate(), rows(result.domains(), scale), rows(result.aspects(), scale),
                sum(result.indexExplanation(), scale));
    }

    private static List<Row> rows(List<Figure> figures, int scale) {
        return figures.stream().map(f -> new Row(f.code(), f.name(), f.parentCode(), plain(f.weight()),
                f.rounded().toPlainString(), Decimals.exact(f.value(), scale), sum(f.explanation(), scale))).toList();
    }

    private static Sum sum(Explanation explanation, int scale) {
        if (explanation == null) {
            return null;
        }
        return new Sum(explanation.terms().stream().map(t -> new Term(t.code(), t.name(), plain(t.value()),
                plain(t.weight()), plain(t.product()))).toList(), plain(explanation.weightedSum()),
                plain(explanation.divisor()), Decimals.exact(explanation.value(), scale));
    }

    private static String plain(Rational value) {
        return value == null ? null : Decimals.exact(value, 0);
    }
}
