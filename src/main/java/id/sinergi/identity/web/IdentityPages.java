package id.sinergi.identity.web;

import id.sinergi.identity.AccessTokenView;
import id.sinergi.identity.Invitation;
import id.sinergi.identity.IssuedToken;
import id.sinergi.identity.UserView;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.shared.Role;
import java.util.List;
import java.util.Map;

/** View models of this module's pages (public: the precompiled jte templates read them). */
public final class IdentityPages {

    private IdentityPages() {
    }

    public record LoginPage(String error, int minutes, boolean signedOut, boolean activated, List<SsoProvider> providers) {
    }

    public record SsoProvider(String id, String name) {
    }

    /** {@code setsPassword}: the account has no password yet; otherwise its owner signs in and accepts. */
    public record InvitationPage(String token, String email, boolean valid, boolean setsPassword, List<String> errors) {
    }

    public record WorkspacePage(String name, boolean nationalAdmin, List<GovernmentCard> governments) {
    }

    public record GovernmentCard(long id, String name, List<Role> roles, List<String> agencyNames, boolean manage) {
    }

    public record TokensPage(List<AccessTokenView> tokens, IssuedToken issued, List<String> errors) {
    }

    public record UsersPage(long self, Government government, List<UserView> users, Map<Long, String> agencyNames,
            List<Agency> activeAgencies, List<Role> invitableRoles, Invitation invitation, String invitationUrl,
            InviteForm form, List<String> errors) {

        /** Only national admins assign assessors, so only they may invite one. */
        public boolean nationalAdmin() {
            return invitableRoles.contains(Role.ASSESSOR);
        }
    }

    public record InviteForm(String email, String name, String role, Long agencyId) {
        static InviteForm empty() {
            return new InviteForm("", "", "OPERATOR", null);
        }
    }
}
