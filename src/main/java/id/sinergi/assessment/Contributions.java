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

    /** The evidence files attached to a contribution. */
    List<EvidenceFile> evidenceOf(Actor actor, long governmentId, long periodId, long contributionId);

    record WorkItem(String indicatorCode, String indicatorName, String weight, boolean lead, Contribution contribution,
            List<EvidenceFile> evidence) {
    }
}
