package id.sinergi.assessment;

import java.util.List;

/**
 * A government's assessment in a period: every indicator of the pinned instrument with the OPDs that
 * answer it. {@code status} is "belum diisi" until contributions exist.
 */
public record AssessmentBoard(EvaluationPeriod period, long assessmentId, long governmentId, List<Row> rows) {

    public AssessmentBoard {
        rows = List.copyOf(rows);
    }

    public long assignedCount() {
        return rows.stream().filter(r -> !r.agencies().isEmpty()).count();
    }

    public record Row(String indicatorCode, String indicatorName, String aspectCode, String aspectName, String weight,
            List<AssignedAgency> agencies, IndicatorStatus status) {

        public Row {
            agencies = List.copyOf(agencies);
        }
    }

    public record AssignedAgency(long agencyId, String name, boolean lead) {
    }
}
