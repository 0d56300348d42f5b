package id.sinergi.assessment;

import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;

/**
 * The stages after the self-assessment. The coordinator freezes the self-assessment once every
 * indicator has an answer; then assessors assigned to the government enter values stage by stage,
 * each stage opening once the one before is frozen. Freezing keeps a snapshot that never changes;
 * the final stage's snapshot holds the final values.
 */
public interface Stages {

    List<StageSnapshot> snapshots(Actor actor, long governmentId, long periodId);

    List<StageValue> values(Actor actor, long governmentId, long periodId, Stage stage);

    StageValue enter(Actor actor, long governmentId, long periodId, Stage stage, String indicatorCode, BigDecimal value,
            String note, String recommendation, int expectedVersion);

    /** Per OPD, the gap between its indicators' self-assessment answers and this stage's values. */
    List<AgencyGap> gapsByAgency(Actor actor, long governmentId, long periodId, Stage stage);

    StageSnapshot freeze(Actor actor, long governmentId, long periodId, Stage stage);

    /**
     * The calculator's whole result (index, domain and aspect values, every explanation) under the
     * period's pinned instrument: of a frozen stage's snapshot, or, with {@code stage} null, of the
     * current answers (unanswered indicators at the scale's minimum, like the board's provisional index).
     */
    id.sinergi.scoring.ScoreResult score(Actor actor, long governmentId, long periodId, Stage stage);

    /** {@link #score} written out for reading, at the instrument's rounding scale. */
    IndexBreakdown breakdown(Actor actor, long governmentId, long periodId, Stage stage);
}
