package id.sinergi.assessment;

import id.sinergi.shared.Problem;

/** A refused evaluation change. */
public class AssessmentProblem extends Problem {

    public AssessmentProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
