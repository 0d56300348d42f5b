package id.sinergi.organization;

import id.sinergi.shared.Problem;

/** A refused change: the message key (messages.properties) and its arguments. */
public class OrganizationProblem extends Problem {

    public OrganizationProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
