package id.sinergi.evidence;

/** Published inside the transaction that stores a new version of a file. */
public record EvidenceReplaced(long governmentId, long previousId, long newId, Long byUser) {
}
