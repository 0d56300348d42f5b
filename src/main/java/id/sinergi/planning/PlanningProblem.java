package id.sinergi.planning;

import id.sinergi.shared.Problem;

/** A refused plan, IKU or target; nothing was changed. */
public class PlanningProblem extends Problem {

    public PlanningProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
