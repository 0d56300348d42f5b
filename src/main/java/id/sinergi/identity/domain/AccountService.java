package id.sinergi.identity.domain;

import id.sinergi.audit.AuditLog;
import id.sinergi.identity.AccessTokenView;
import id.sinergi.identity.AccountStatus;
import id.sinergi.identity.Accounts;
import id.sinergi.identity.IdentityProblem;
import id.sinergi.identity.Invitation;
import id.sinergi.identity.IssuedToken;
import id.sinergi.identity.UserView;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements Accounts {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    static final String TOKEN_PREFIX = "sng_";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,63}");

    /** The application clock: expiry is decided by Sinergi, in one time, not by the database server. */
    private final Clock clock;
    private final IdentityRepository repository;
    private final Organization organization;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    AccountService(IdentityRepository repository, Organization organization, PasswordEncoder passwords, AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.organization = organization;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserView> usersOf(Actor actor, long governmentId) {
        actor.require(actor.canManage(governmentId) || actor.has(Role.LEADER, governmentId));
        return repository.usersOf(governmentId);
    }

    private static final java.util.regex.Pattern ASPECT = java.util.regex.Pattern.compile("[A-Z]{1,3}[0-9]{1,3}");

    @Override
    @Transactional
    public Invitation invite(Actor actor, long governmentId, String email, String displayName, Role role, Long agencyId) {
        actor.require(actor.canManage(governmentId));
        if (role == null) {
            throw new IdentityProblem("user.role.required");
        }
        if (role == Role.NATIONAL_ADMIN) {
            throw new NotPermittedException();
        }
        if (role == Role.ASSESSOR) {
            actor.require(actor.isNationalAdmin());
        }
        organization.government(governmentId).orElseThrow(NotPermittedException::new);
        String cleanEmail = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(cleanEmail).matches() || Text.hasControl(cleanEmail)) {
            throw new IdentityProblem("user.email.invalid", email == null ? "" : email);
        }
        String name = displayName == null ? "" : displayName.strip().replaceAll("\\s+", " ");
        int length = name.codePointCount(0, name.length());
        if (length < 2 || length > 120 || Text.hasControl(name)) {
            throw new IdentityProblem("user.name.invalid");
        }
        Long agency = null;
        if (role == Role.OPERATOR) {
            Agency found = agencyId == null ? null : organization.agency(actor, governmentId, agencyId).orElse(null);
            if (found == null || !found.active()) {
                throw new IdentityProblem("user.agency.required");
            }
            agency = found.id();
        }
        Grant grant = new Grant(role, governmentId, agency);
        Optional<Long> existing = repository.userIdByEmail(cleanEmail);
        long userId = existing.orElseGet(() -> repository.insertUser(cleanEmail, name, null, AccountStatus.INVITED));
        // The same entries, the same answer and a link whether or not the e-mail had an account (ADR 0014).
        audit.record("user.invite", "user", userId, governmentId, null, Map.of("email", cleanEmail, "name", name));
        boolean active = repository.user(userId).orElseThrow().status() == AccountStatus.ACTIVE;
        // An account with a password gains the grant at once (it only opens this government to its owner);
        // on one without, the grant waits for this government's own link.
        if (repository.addGrant(userId, grant, !active, name)) {
            audit.record("grant.add", "user", userId, governmentId, null, grant);
        }
        repository.nameInGovernment(userId, governmentId, name);
        String token = Secrets.newSecret("");
        Instant expires = clock.instant().plus(INVITATION_VALIDITY);
        repository.useInvitations(userId, governmentId, clock.instant());
        repository.insertInvitation(userId, governmentId, Secrets.hash(token), expires);
        audit.record("invitation.issue", "user", userId, governmentId, null, Map.of("expiresAt", expires.toString()));
        return new Invitation(cleanEmail, "/undangan/" + token, expires);
    }

    @Override
    @Transactional
    public List<String> setAssessorAspects(Actor actor, long governmentId, long userId, List<String> aspects) {
        actor.require(actor.isNationalAdmin());
        UserView before = repository.user(userId).orElseThrow(NotPermittedException::new);
        Grant grant = before.grants().stream()
                .filter(g -> g.role() == Role.ASSESSOR && Objects.equals(g.governmentId(), governmentId)).findFirst()
                .orElseThrow(() -> new IdentityProblem("user.aspects.notAssessor", before.displayName()));
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        for (String raw : aspects == null ? List.<String>of() : aspects) {
            String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            if (!ASPECT.matcher(code).matches()) {
                throw new IdentityProblem("user.aspects.invalid", raw.strip());
            }
            codes.add(code);
        }
        if (codes.size() > 30) {
            throw new IdentityProblem("user.aspects.tooMany", 30);
        }
        List<String> after = List.copyOf(codes);
        repository.setAssessorAspects(userId, governmentId, after);
        audit.record("grant.aspects", "user", userId, governmentId, Map.of("aspects", grant.aspects()),
                Map.of("aspects", after));
        return after;
    }

    @Override
    @Transactional
    public void removeFromGovernment(Actor actor, long governmentId, long userId) {
        actor.require(actor.canManage(governmentId));
        if (actor.userId() == userId) {
            throw new IdentityProblem("user.removeSelf");
        }
        UserView before = repository.user(userId).orElseThrow(NotPermittedException::new);
        List<Grant> here = before.grants().stream().filter(g -> Objects.equals(g.governmentId(), governmentId)).toList();
        repository.useInvitations(userId, governmentId, clock.instant());
        if (here.isEmpty()) {
            throw new NotPermittedException();
        }
        if (here.stream().anyMatch(g -> g.role() == Role.ASSESSOR)) {
            actor.require(actor.isNationalAdmin());
        }
        repository.removeGrants(userId, governmentId);
        audit.record("grant.remove", "user", userId, governmentId, Map.of("grants", here), Map.of("grants", List.of()));
        if (repository.allGrants(userId).isEmpty()) {
            repository.disable(userId);
            audit.record("user.disable", "user", userId, governmentId, Map.of("status", before.status().name()),
                    Map.of("status", AccountStatus.DISABLED.name()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> invitationEmail(String token) {
        return invitedUser(token).map(UserView::email);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean invitationSetsPassword(String token) {
        return invitedUser(token).map(u -> u.status() == AccountStatus.INVITED).orElse(false);
    }

    private Optional<UserView> invitedUser(String token) {
        return repository.invitationUser(Secrets.hash(token == null ? "" : token), clock.instant()).flatMap(repository::user);
    }

    /**
     * A link accepts only the grants of the government that issued it (national links: the national
     * grants). It sets the password only of an account that has none: once one government's link was
     * accepted, another government's link cannot reset it, and its owner accepts that government's
     * grants signed in ({@link #acceptInvitation(Actor, String)}).
     */
    @Override
    @Transactional
    public void acceptInvitation(String token, String password) {
        String hash = Secrets.hash(token == null ? "" : token);
        IdentityRepository.OpenInvitation invitation = repository.openInvitation(hash, clock.instant())
                .orElseThrow(() -> new IdentityProblem("invitation.invalid"));
        long userId = invitation.userId();
        repository.lockUser(userId);
        UserView user = repository.user(userId).orElseThrow();
        if (user.status() != AccountStatus.INVITED) {
            throw new IdentityProblem("invitation.invalid");
        }
        PasswordPolicy.check(password, user.email());
        repository.setPassword(userId, passwords.encode(password));
        repository.acceptGrants(userId, invitation.governmentId());
        // The person accepted this government's invitation, under the name it gave them.
        repository.nameGivenBy(userId, invitation.governmentId()).ifPresent(name -> repository.rename(userId, name));
        repository.useInvitation(hash, clock.instant());
        audit.record("user.setPassword", "user", userId, invitation.governmentId(), null, Map.of("status", "ACTIVE"));
    }

    @Override
    @Transactional
    public void acceptInvitation(Actor actor, String token) {
        String hash = Secrets.hash(token == null ? "" : token);
        IdentityRepository.OpenInvitation invitation = repository.openInvitation(hash, clock.instant())
                .filter(i -> i.userId() == actor.userId())
                .orElseThrow(() -> new IdentityProblem("invitation.invalid"));
        int accepted = repository.acceptGrants(actor.userId(), invitation.governmentId());
        repository.useInvitation(hash, clock.instant());
        if (accepted > 0) {
            audit.record("grant.accept", "user", actor.userId(), invitation.governmentId(), null, Map.of("grants", accepted));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessTokenView> tokens(Actor actor) {
        return repository.tokens(actor.userId());
    }

    @Override
    @Transactional
    public IssuedToken createToken(Actor actor, String name, int validDays) {
        String clean = name == null ? "" : name.strip();
        if (clean.codePointCount(0, clean.length()) < 2 || clean.length() > 80 || Text.hasControl(clean)) {
            throw new IdentityProblem("token.name.invalid");
        }
        if (validDays < 1 || validDays > 365) {
            throw new IdentityProblem("token.validity.invalid", 1, 365);
        }
        String token = Secrets.newSecret(TOKEN_PREFIX);
        Instant expires = clock.instant().plus(Duration.ofDays(validDays));
        long id = repository.insertToken(actor.userId(), clean, Secrets.hash(token), token.substring(0, 10), expires);
        audit.record("token.create", "access_token", id, null, null, Map.of("name", clean, "expiresAt", expires.toString()));
        return new IssuedToken(id, clean, token, expires);
    }

    @Override
    @Transactional
    public void revokeToken(Actor actor, long tokenId) {
        AccessTokenView token = repository.token(actor.userId(), tokenId).orElseThrow(NotPermittedException::new);
        if (token.revokedAt() == null) {
            repository.revokeToken(tokenId, clock.instant());
            audit.record("token.revoke", "access_token", tokenId, null, Map.of("name", token.name()), Map.of("revoked", true));
        }
    }
}
