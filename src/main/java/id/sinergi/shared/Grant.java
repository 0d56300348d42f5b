package id.sinergi.shared;

/**
 * One role over one scope: {@code governmentId} is null only for a national admin;
 * {@code agencyId} is set only for an OPD operator.
 */
public record Grant(Role role, Long governmentId, Long agencyId) {

    public Grant {
        if ((role == Role.NATIONAL_ADMIN) != (governmentId == null)) {
            throw new IllegalArgumentException("Only a national admin has no government: " + role);
        }
        if ((role == Role.OPERATOR) != (agencyId != null)) {
            throw new IllegalArgumentException("Exactly operators are scoped to an OPD: " + role);
        }
    }

    public static Grant nationalAdmin() {
        return new Grant(Role.NATIONAL_ADMIN, null, null);
    }
}
