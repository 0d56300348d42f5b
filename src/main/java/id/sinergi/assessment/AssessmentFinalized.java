package id.sinergi.assessment;

import java.math.BigDecimal;

/**
 * Published inside the transaction that freezes an assessment's final stage: the government's
 * result of the period's year under its pinned instrument (index and predicate as the pinned
 * instrument presents them, {@code Instrument.present}; the exact index as text), with the period's name and whether it is a sample
 * evaluation (data contoh), so the result stays labelled as sample wherever it is shown or published.
 */
public record AssessmentFinalized(long governmentId, long periodId, int year, String instrumentCode, BigDecimal index,
        String indexExact, String predicate, String periodName, boolean sample) {
}
