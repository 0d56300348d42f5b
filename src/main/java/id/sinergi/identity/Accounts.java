package id.sinergi.identity;

import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import java.util.List;
import java.util.Optional;

/** People, their grants, invitations and API tokens; every method checks the actor's scope. */
public interface Accounts {

    List<UserView> usersOf(Actor actor, long governmentId);

    /**
     * Creates an invited account with one grant in the government (or adds the grant to an existing
     * account with that e-mail) and returns a fresh link of this government, the same answer whether
     * or not the account existed. On an account without a password the grant waits for the link.
     */
    Invitation invite(Actor actor, long governmentId, String email, String displayName, Role role, Long agencyId);

    /**
     * Removes every grant the user holds in the government; an account left without any grant is
     * disabled (it can no longer sign in or use its tokens). Nobody removes their own access.
     */
    void removeFromGovernment(Actor actor, long governmentId, long userId);

    /**
     * Limits an assessor of the government to some aspects of the instrument (codes such as A1;
     * empty: all aspects). National admins only; the codes are normalised (trimmed, upper case,
     * de-duplicated, sorted) and returned.
     */
    List<String> setAssessorAspects(Actor actor, long governmentId, long userId, List<String> aspects);

    /** The e-mail of a valid, unused invitation. */
    Optional<String> invitationEmail(String token);

    /** Whether the link is valid and its account has no password yet (the link sets it). */
    boolean invitationSetsPassword(String token);

    /** Sets the password of an invited account, activates it and its grants of the link's government. */
    void acceptInvitation(String token, String password);

    /** The signed-in owner of the link's account accepts the grants of the link's government. */
    void acceptInvitation(Actor actor, String token);

    List<AccessTokenView> tokens(Actor actor);

    IssuedToken createToken(Actor actor, String name, int validDays);

    void revokeToken(Actor actor, long tokenId);
}
