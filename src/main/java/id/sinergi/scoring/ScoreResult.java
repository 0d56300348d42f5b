package id.sinergi.scoring;

import id.sinergi.shared.Rational;
import java.math.BigDecimal;
import java.util.List;

/**
 * A computed index. {@code index} is exact; {@code indexRounded} is the published figure (half-up
 * to the instrument's scale). {@code domains} is empty for instruments without a domain level.
 */
public record ScoreResult(String framework, Rational index, BigDecimal indexRounded, String predicate,
        List<Figure> domains, List<Figure> aspects, Explanation indexExplanation) {

    public ScoreResult {
        domains = List.copyOf(domains);
        aspects = List.copyOf(aspects);
    }
}
