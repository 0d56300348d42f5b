package id.sinergi.framework;

/**
 * The one definition of which years Sinergi accepts for anything measured by an instrument
 * (instrument years, evaluation periods, results, plans). SPBE evaluation starts with Perpres
 * 95/2018 (Pasal 71) and its first guideline, PermenPANRB 5/2018, used from 2018: no instrument
 * covers an earlier year. The last year is no rule of any regulation, only a bound against typing
 * errors ("20255"), far beyond any plan.
 */
public final class EvaluationYears {

    /** The first year any instrument covers: the first SPBE evaluation (PermenPANRB 5/2018). */
    public static final int FIRST = 2018;

    /** The last year accepted anywhere. */
    public static final int LAST = 2100;

    private EvaluationYears() {
    }

    /** Whether a year lies in {@link #FIRST}…{@link #LAST}, both included. */
    public static boolean accepted(int year) {
        return year >= FIRST && year <= LAST;
    }
}
