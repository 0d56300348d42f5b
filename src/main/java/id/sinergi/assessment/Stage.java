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
    FINAL;

    /** The stage before this one, which must be frozen before this one opens; empty for the self-assessment. */
    public java.util.Optional<Stage> previous() {
        return ordinal() == 0 ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() - 1]);
    }

    /** The stage after this one; empty for the final stage. */
    public java.util.Optional<Stage> next() {
        return ordinal() == values().length - 1 ? java.util.Optional.empty() : java.util.Optional.of(values()[ordinal() + 1]);
    }

    /** The stage a URL names (any case); a name that is no stage addresses nothing there is (404). */
    public static Stage named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new id.sinergi.shared.NotFoundException();
        }
    }
}
