package id.sinergi.planning;

import java.util.List;

/** A government's RPJMD with its IKUs. {@code sample}: the targets are not real figures ("data contoh"). */
public record RegionalPlan(long id, long governmentId, String name, int startYear, int endYear,
        String documentReference, boolean sample, List<KeyIndicator> indicators) {

    public RegionalPlan {
        indicators = List.copyOf(indicators);
    }
}
