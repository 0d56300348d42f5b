package id.sinergi.framework;

/** How an indicator's value is obtained. */
public enum IndicatorKind {
    /** An assessor or the instansi picks the level (or a value in the level's band) from the evidence. */
    LEVEL,
    /** The value comes from a user-satisfaction survey (PermenPANRB 8/2026, aspect Kepuasan Pengguna). */
    SURVEY
}
