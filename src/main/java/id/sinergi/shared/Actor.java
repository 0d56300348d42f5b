package id.sinergi.shared;

import java.util.List;
import java.util.Objects;

/**
 * Who acts, with every grant they hold. Application services take an actor explicitly and ask it
 * before they read or change tenant data; the tenancy rules live here, in one place.
 */
public record Actor(long userId, String displayName, List<Grant> grants) {

    public Actor {
        grants = List.copyOf(grants);
    }

    public boolean isNationalAdmin() {
        return grants.stream().anyMatch(g -> g.role() == Role.NATIONAL_ADMIN);
    }

    /** Coordinators run their own government; national admins run every government. */
    public boolean canManage(long governmentId) {
        return isNationalAdmin() || has(Role.COORDINATOR, governmentId);
    }

    /** Any grant on the government (coordinator, leader, operator of one of its OPDs, assigned assessor). */
    public boolean canRead(long governmentId) {
        return isNationalAdmin() || grants.stream().anyMatch(g -> Objects.equals(g.governmentId(), governmentId));
    }

    /**
     * Whether the actor may change anything of the government at all. The leader (Bupati/Walikota/Sekda)
     * reads everything of it and changes nothing, comments included; every other grant writes something.
     */
    public boolean canWrite(long governmentId) {
        return isNationalAdmin() || grants.stream()
                .anyMatch(g -> g.role() != Role.LEADER && Objects.equals(g.governmentId(), governmentId));
    }

    /**
     * Whether the actor may add files and links to the government's evidence library: its coordinators and
     * OPD operators supply evidence; assessors judge it (their stage values and notes), leaders read it.
     */
    public boolean canAddEvidence(long governmentId) {
        return canManage(governmentId) || has(Role.OPERATOR, governmentId);
    }

    /** Whether the actor operates for one of these OPDs of the government. */
    public boolean operatesFor(long governmentId, java.util.Collection<Long> agencyIds) {
        return grants.stream().anyMatch(g -> g.role() == Role.OPERATOR && Objects.equals(g.governmentId(), governmentId)
                && agencyIds.contains(g.agencyId()));
    }

    public boolean has(Role role, long governmentId) {
        return grants.stream().anyMatch(g -> g.role() == role && Objects.equals(g.governmentId(), governmentId));
    }

    /**
     * The instrument aspects an assessor of the government is limited to; empty means all aspects
     * (national admins are never limited).
     */
    public List<String> assessorAspects(long governmentId) {
        if (isNationalAdmin()) {
            return List.of();
        }
        return grants.stream().filter(g -> g.role() == Role.ASSESSOR && Objects.equals(g.governmentId(), governmentId))
                .findFirst().map(Grant::aspects).orElse(List.of());
    }

    /** The governments this actor belongs to (empty for a national admin without other grants). */
    public List<Long> governmentIds() {
        return grants.stream().map(Grant::governmentId).filter(Objects::nonNull).distinct().toList();
    }

    /** Throws unless {@code allowed}: the one way services refuse an action. */
    public void require(boolean allowed) {
        if (!allowed) {
            throw new NotPermittedException();
        }
    }
}
