package id.sinergi.shared;

/** What a person may do, and over which scope (see {@link Grant}). */
public enum Role {
    /** Whole country: instruments, registry, periods, national results. */
    NATIONAL_ADMIN,
    /** One government: manages its OPDs and users, consolidates the answer. */
    COORDINATOR,
    /** One government (Bupati/Walikota/Sekda): reads everything of it. */
    LEADER,
    /** One OPD of one government. */
    OPERATOR,
    /** The governments the assessor is assigned to, one grant each. */
    ASSESSOR
}
