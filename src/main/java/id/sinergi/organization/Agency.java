package id.sinergi.organization;

/** An OPD (perangkat daerah), a work unit of one government. Deactivated, never deleted. */
public record Agency(long id, long governmentId, String name, boolean active) {
}
