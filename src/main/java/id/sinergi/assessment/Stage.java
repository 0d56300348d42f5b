package id.sinergi.assessment;

/** The stages of an evaluation, in order (PermenPANRB 59/2020 process; kept by 8/2026). */
public enum Stage {
    /** Penilaian mandiri: the instansi answers every indicator. */
    SELF_ASSESSMENT,
    /** Penilaian dokumen: assessors check the evidence. */
    DOCUMENT,
    /** Penilaian interviu: interviews and clarification. */
    INTERVIEW,
    /** Penilaian visitasi: field validation where needed. */
    VISIT,
    /** Final values. */
    FINAL
}
