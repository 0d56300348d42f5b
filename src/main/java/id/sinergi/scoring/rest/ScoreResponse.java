package id.sinergi.scoring.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.scoring.Decimals;
import id.sinergi.scoring.Explanation;
import id.sinergi.scoring.Figure;
import id.sinergi.scoring.ScoreResult;
import id.sinergi.scoring.Term;
import java.math.BigDecimal;
import java.util.List;

/** The public scoring contract (docs/architecture.md): numbers as strings with the instrument's decimals. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScoreResponse(String framework, String index, String indexExact, String predicate, List<DomainValue> domains,
        List<AspectValue> aspects, Explanations explanation) {

    record DomainValue(String code, String name, String weight, String index) {
    }

    record AspectValue(String code, String domain, String name, String weight, String index) {
    }

    record Explanations(ExplainedFigure index, List<ExplainedFigure> domains, List<ExplainedFigure> aspects) {
    }

    record ExplainedFigure(String figure, List<ExplainedTerm> terms, String weightedSum, String divisor, String exact,
            String rounded) {
    }

    record ExplainedTerm(String code, String value, String weight, String product) {
    }

    static ScoreResponse of(ScoreResult result, int scale, boolean explain) {
        List<DomainValue> domains = result.domains().stream()
                .map(d -> new DomainValue(d.code(), d.name(), d.weight().toString(), d.rounded().toPlainString()))
                .toList();
        List<AspectValue> aspects = result.aspects().stream()
                .map(a -> new AspectValue(a.code(), a.parentCode(), a.name(), a.weight().toString(), a.rounded().toPlainString()))
                .toList();
        Explanations explanations = explain ? new Explanations(
                explained("index", result.indexExplanation(), result.indexRounded(), scale),
                result.domains().stream().map(d -> explained(d, scale)).toList(),
                result.aspects().stream().map(a -> explained(a, scale)).toList()) : null;
        return new ScoreResponse(result.framework(), result.indexRounded().toPlainString(),
                Decimals.exact(result.index(), scale), result.predicate(), domains, aspects, explanations);
    }

    private static ExplainedFigure explained(Figure figure, int scale) {
        return explained(figure.code(), figure.explanation(), figure.rounded(), scale);
    }

    /** {@code rounded} is the figure as the calculator presented it (the instrument's rule). */
    private static ExplainedFigure explained(String name, Explanation explanation, BigDecimal rounded, int scale) {
        return new ExplainedFigure(name,
                explanation.terms().stream().map(t -> term(t)).toList(),
                Decimals.exact(explanation.weightedSum(), 0), Decimals.exact(explanation.divisor(), 0),
                Decimals.exact(explanation.value(), scale), rounded.toPlainString());
    }

    private static ExplainedTerm term(Term term) {
        return new ExplainedTerm(term.code(), Decimals.exact(term.value(), 0), term.weight().toString(),
                Decimals.exact(term.product(), 0));
    }
}
