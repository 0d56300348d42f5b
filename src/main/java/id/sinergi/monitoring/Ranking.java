package id.sinergi.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks results of one year (one instrument, one scale) by their published index, best first, with
 * ties stated explicitly: equal indices share a rank and the next rank skips ("1, 2, 2, 4"), and
 * every tied entry is marked. Never rank results of different instruments together.
 */
public final class Ranking {

    private Ranking() {
    }

    /** One ranked result; {@code tied} when another result has the same index. */
    public record Ranked(int rank, boolean tied, GovernmentResult result) {
    }

    public static List<Ranked> of(List<GovernmentResult> results) {
        if (results.stream().map(GovernmentResult::instrumentCode).distinct().count() > 1) {
            throw new IllegalArgumentException("Results of different instruments are different scales");
        }
        List<GovernmentResult> sorted = results.stream().sorted(Comparator.comparing(GovernmentResult::index).reversed()
                .thenComparing(GovernmentResult::governmentName)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            GovernmentResult r = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).index().compareTo(r.index()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            boolean tied = i > 0 && sorted.get(i - 1).index().compareTo(r.index()) == 0
                    || i + 1 < sorted.size() && sorted.get(i + 1).index().compareTo(r.index()) == 0;
            ranked.add(new Ranked(rank, tied, r));
        }
        return ranked;
    }
}
