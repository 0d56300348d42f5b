package id.sinergi.evidence;

import id.sinergi.shared.Problem;

/** A refused upload; nothing was kept. */
public class EvidenceProblem extends Problem {

    public EvidenceProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
