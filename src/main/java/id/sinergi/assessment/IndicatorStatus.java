package id.sinergi.assessment;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where an OPD's contribution to an indicator stands, and the one place its workflow is written:
 * an OPD writes while it is {@link #editable()} (not started, draft, or returned), submitting sends it
 * to the coordinator, who may approve or return only what is {@link #reviewable()} (submitted). A
 * submitted contribution waits for the decision: neither its value nor its evidence changes meanwhile,
 * so the coordinator approves what they read. Services, SQL ({@link #editableSql()}) and pages ask
 * these methods instead of listing states.
 */
public enum IndicatorStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The OPD may still change the contribution (value, explanation, evidence). */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** The coordinator may approve or return it. */
    public boolean reviewable() {
        return this == SUBMITTED;
    }

    /** The OPD's part is done (sent or accepted): it no longer counts as overdue. */
    public boolean handedIn() {
        return this == SUBMITTED || this == APPROVED;
    }

    /**
     * The state after the OPD saves ({@code submit} false) or submits.
     *
     * @throws AssessmentProblem {@code contribution.locked} when the contribution is not editable
     */
    public IndicatorStatus save(boolean submit, String indicatorCode) {
        if (!editable()) {
            throw new AssessmentProblem("contribution.locked", indicatorCode);
        }
        return submit ? SUBMITTED : DRAFT;
    }

    /** The state after the coordinator approves; {@code contribution.notSubmitted} unless reviewable. */
    public IndicatorStatus approve(String indicatorCode) {
        requireReviewable(indicatorCode);
        return APPROVED;
    }

    /** The state after the coordinator returns it for revision; {@code contribution.notSubmitted} unless reviewable. */
    public IndicatorStatus sendBack(String indicatorCode) {
        requireReviewable(indicatorCode);
        return RETURNED;
    }

    private void requireReviewable(String indicatorCode) {
        if (!reviewable()) {
            throw new AssessmentProblem("contribution.notSubmitted", indicatorCode);
        }
    }

    /** The stored states an OPD may still change, as an SQL list: {@code status in (<this>)}. */
    public static String editableSql() {
        return Arrays.stream(values()).filter(s -> s != NOT_STARTED && s.editable()).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
