package id.sinergi.identity;

import id.sinergi.shared.Problem;

/** A refused identity change. */
public class IdentityProblem extends Problem {

    public IdentityProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
