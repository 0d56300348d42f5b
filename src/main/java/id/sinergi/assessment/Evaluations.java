package id.sinergi.assessment;

import id.sinergi.shared.Actor;
import java.util.List;

/** Evaluation periods, assessments and indicator assignments; every method checks the actor's scope. */
public interface Evaluations {

    /** National admins see every period; others the periods of their governments. */
    List<EvaluationPeriod> periods(Actor actor);

    List<EvaluationPeriod> periodsOf(Actor actor, long governmentId);

    /** Opens a period on the instrument's current published version and creates the assessments. */
    EvaluationPeriod open(Actor actor, OpenPeriod command);

    /**
     * Replaces a period's stage windows (national admin), e.g. to extend a deadline; checked like
     * opening. The coordinators of the participating governments are told.
     */
    EvaluationPeriod reschedule(Actor actor, long periodId, List<StageWindow> stages);

    AssessmentBoard board(Actor actor, long governmentId, long periodId);

    /** The period of a government's assessment, without computing its board. */
    EvaluationPeriod period(Actor actor, long governmentId, long periodId);

    /**
     * Sets the OPDs that answer one indicator (replacing earlier ones); {@code leadAgencyId} must be
     * one of them. An empty list removes the assignment.
     */
    AssessmentBoard assign(Actor actor, long governmentId, long periodId, String indicatorCode, List<Long> agencyIds,
            Long leadAgencyId);
}
