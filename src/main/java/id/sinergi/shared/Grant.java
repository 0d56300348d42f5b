package id.sinergi.shared;

import java.util.List;

/**
 * One role over one scope: {@code governmentId} is null only for a national admin;
 * {@code agencyId} is set only for an OPD operator; {@code aspects} (instrument aspect codes such
 * as A1) may limit an assessor to some aspects, and is empty for everyone else (empty: all aspects).
 */
public record Grant(Role role, Long governmentId, Long agencyId, List<String> aspects) {

    public Grant {
        if ((role == Role.NATIONAL_ADMIN) != (governmentId == null)) {
            throw new IllegalArgumentException("Only a national admin has no government: " + role);
        }
        if ((role == Role.OPERATOR) != (agencyId != null)) {
            throw new IllegalArgumentException("Exactly operators are scoped to an OPD: " + role);
        }
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        if (role != Role.ASSESSOR && !aspects.isEmpty()) {
            throw new IllegalArgumentException("Only assessors are limited to aspects: " + role);
        }
    }

    public Grant(Role role, Long governmentId, Long agencyId) {
        this(role, governmentId, agencyId, List.of());
    }

    public static Grant nationalAdmin() {
        return new Grant(Role.NATIONAL_ADMIN, null, null);
    }
}
