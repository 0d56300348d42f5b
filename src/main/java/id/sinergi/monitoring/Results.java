package id.sinergi.monitoring;

import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Results per government per year. Published results are public; unpublished ones only reach the
 * government's own people and national admins.
 */
public interface Results {

    /** The published results of a year (all governments), best first, ties by name. */
    List<GovernmentResult> publishedOf(int year);

    /** Every year that has published results, newest first. */
    List<Integer> publishedYears();

    /** A government's results over the years, oldest first: published ones, and unpublished for those entitled. */
    List<GovernmentResult> ofGovernment(Actor actor, long governmentId);

    /** The national figures per year, oldest first. */
    List<NationalResult> national();

    /**
     * Records (or replaces) one government's result of a year ({@code EvaluationYears}): national admins
     * only. The index must lie on the instrument's value scale with at most 2 decimals (as stored); it is
     * recorded as the instrument presents it ({@code Instrument.present}: rounded to its scale, predicate
     * on its basis), and a given predicate that contradicts that one is refused.
     */
    GovernmentResult record(Actor actor, ResultEntry entry);

    /** Records (or replaces) the national figures of a year: national admins only. */
    NationalResult recordNational(Actor actor, NationalResult result);

    /**
     * One result to record. {@code predicate} may be null (derived); {@code sample} marks a demo figure
     * that is not real, which every page showing it labels as sample data.
     */
    record ResultEntry(long governmentId, int year, String instrumentCode, BigDecimal index, String predicate,
            ResultSource source, String sourceNote, boolean sample) {
    }

    /** Makes every result of the year public (national admins). Returns how many became public. */
    int publishYear(Actor actor, int year);

    /** The predicate the published instrument presents an index with ({@code Instrument.present}). */
    Optional<String> predicateOf(String instrumentCode, BigDecimal index);
}
