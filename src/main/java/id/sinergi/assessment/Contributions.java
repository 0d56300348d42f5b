package id.sinergi.assessment;

import id.sinergi.evidence.EvidenceFile;
import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;

/**
 * OPDs contribute to the indicators assigned to them; the coordinator approves (which sets the
 * instansi's answer) or returns them with a reason. Every write names the version it read.
 */
public interface Contributions {

    /** The indicators assigned to one OPD, with that OPD's contribution where it exists. */
    List<WorkItem> workOf(Actor actor, long governmentId, long periodId, long agencyId);

    Contribution save(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId,
            BigDecimal value, String explanation, int expectedVersion, boolean submit);

    Contribution approve(Actor actor, long governmentId, long periodId, long contributionId, int expectedVersion);

    Contribution returnForRevision(Actor actor, long governmentId, long periodId, long contributionId,
            int expectedVersion, String reason);

    List<Contribution> contributionsOf(Actor actor, long governmentId, long periodId, String indicatorCode);

    /** Attaches an evidence file of the government to the OPD's contribution (which must exist and be editable). */
    void attach(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId, long evidenceId);

    /** Takes an evidence file off the OPD's contribution (which must still be editable). */
    void detach(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId, long evidenceId);

    /**
     * Attaches to the OPD's contribution the evidence that supported the same indicator in the
     * government's previous period (its approved answer and this OPD's own contribution), each in
     * its latest version. Returns how many were newly attached.
     */
    int carryForward(Actor actor, long governmentId, long periodId, String indicatorCode, long agencyId);

    /** The instansi's answer to one indicator, if any, with the evidence chosen for it. */
    java.util.Optional<AnswerView> answer(Actor actor, long governmentId, long periodId, String indicatorCode);

    /**
     * The coordinator's consolidated answer: level or value, explanation and the evidence chosen from
     * the government's library (typically from the OPDs' contributions). {@code expectedVersion} is the
     * answer's version read (0 when there is none yet); a stale write gets a conflict with the current answer.
     */
    AnswerView consolidate(Actor actor, long governmentId, long periodId, String indicatorCode, BigDecimal value,
            String explanation, List<Long> evidenceIds, int expectedVersion);

    record AnswerView(Answer answer, List<EvidenceFile> evidence) {
    }

    /** Where each of the government's evidence files is used: "year · indicator code" labels per evidence id. */
    java.util.Map<Long, List<String>> evidenceUse(Actor actor, long governmentId);

    /** The evidence files attached to a contribution. */
    List<EvidenceFile> evidenceOf(Actor actor, long governmentId, long periodId, long contributionId);

    /** {@code previousEvidence}: how many evidence files of the previous period could be carried forward. */
    record WorkItem(String indicatorCode, String indicatorName, String weight, boolean lead, Contribution contribution,
            List<EvidenceFile> evidence, int previousEvidence) {
    }
}
