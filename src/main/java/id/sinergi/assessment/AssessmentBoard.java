package id.sinergi.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A government's assessment in a period: every indicator of the pinned instrument with the OPDs that
 * answer it. {@code status} is "belum diisi" until contributions exist.
 */
public record AssessmentBoard(EvaluationPeriod period, long assessmentId, long governmentId, List<Row> rows,
        ProvisionalIndex index, List<AgencyProgress> agencyProgress, ReviewTurnaround reviews) {

    public AssessmentBoard {
        rows = List.copyOf(rows);
        agencyProgress = List.copyOf(agencyProgress);
    }

    /**
     * The coordinator's review speed in this assessment: how many decisions (approvals and returns)
     * and the mean time from a submission to its decision ({@code average} null before the first).
     */
    public record ReviewTurnaround(long decisions, java.time.Duration average) {

        /** The mean in days with one decimal, half-up, for presentation ("1.5"); null before the first decision. */
        public String averageDays() {
            return average == null ? null : java.math.BigDecimal.valueOf(average.toSeconds())
                    .divide(java.math.BigDecimal.valueOf(86_400), 1, java.math.RoundingMode.HALF_UP).toPlainString();
        }
    }

    /**
     * One OPD's progress over the indicators assigned to it: how many of its own contributions are in
     * each state ({@code notStarted}: none yet), how many are overdue (past the self-assessment deadline,
     * neither submitted nor approved, and the indicator not answered otherwise) and its last activity.
     */
    public record AgencyProgress(long agencyId, String name, int assigned, int notStarted, int draft, int submitted,
            int returned, int approved, int overdue, java.time.Instant lastActivity) {
    }

    public long assignedCount() {
        return rows.stream().filter(r -> !r.agencies().isEmpty()).count();
    }

    /**
     * The index of the current answers. Indicators without an answer count at the scale's minimum,
     * so the figure is a floor until {@code answered == total}.
     */
    public record ProvisionalIndex(String index, String predicate, int answered, int total) {

        public boolean complete() {
            return answered == total;
        }
    }

    /**
     * What one level more on this indicator would do to the provisional index: the index then, and its
     * predicate. Null when the indicator is already at the top of the scale.
     */
    public record WhatIf(String index, String predicate, boolean predicateChanges) {
    }

    /**
     * One indicator. {@code deadline} is the last day OPDs may submit (the self-assessment window's
     * closing day); {@code overdue} when that day has passed and the indicator is neither submitted nor
     * approved. {@code lastActivity} is the latest assignment, contribution, answer, comment or assessor
     * value on it (null when nothing happened yet).
     */
    public record Row(String indicatorCode, String indicatorName, String aspectCode, String aspectName, String weight,
            List<AssignedAgency> agencies, IndicatorStatus status, java.math.BigDecimal answer, WhatIf oneLevelUp,
            LocalDate deadline, Instant lastActivity, boolean overdue) {

        public Row {
            agencies = List.copyOf(agencies);
        }
    }

    public record AssignedAgency(long agencyId, String name, boolean lead) {
    }
}
