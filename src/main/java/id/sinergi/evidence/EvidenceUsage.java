package id.sinergi.evidence;

/**
 * Implemented by the modules that attach evidence to something (the assessment's contributions),
 * so the library can refuse to remove what still supports an answer without knowing those modules.
 */
public interface EvidenceUsage {

    /** Whether the evidence supports anything; evidence in a frozen stage always does. */
    boolean inUse(long governmentId, long evidenceId);

    /** The OPDs (agency ids) whose work uses the evidence: their operators may replace it with a new version. */
    java.util.Set<Long> agenciesUsing(long governmentId, long evidenceId);
}
