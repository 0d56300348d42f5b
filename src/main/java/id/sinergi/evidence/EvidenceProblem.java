package id.sinergi.evidence;

import id.sinergi.shared.Problem;

/** A refused upload; nothing was kept. */
public class EvidenceProblem extends Problem {

    public EvidenceProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    private EvidenceProblem(int status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    /** The file is larger than the evidence limit (in MB): 413. */
    public static EvidenceProblem tooLarge(long limitMegabytes) {
        return new EvidenceProblem(CONTENT_TOO_LARGE, "evidence.tooLarge", limitMegabytes);
    }
}
