package id.sinergi.assessment;

import java.math.BigDecimal;

/**
 * Published inside the transaction that freezes an assessment's final stage: the government's
 * result of the period's year under its pinned instrument (index rounded half-up to 2 decimals,
 * the exact index as text, the predicate), with the period's name and whether it is a sample
 * evaluation (data contoh), so the result stays labelled as sample wherever it is shown or published.
 */
public record AssessmentFinalized(long governmentId, long periodId, int year, String instrumentCode, BigDecimal index,
        String indexExact, String predicate, String periodName, boolean sample) {
}
