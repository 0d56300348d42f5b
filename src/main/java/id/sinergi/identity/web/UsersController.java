package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.InviteForm;
import id.sinergi.identity.web.IdentityPages.UsersPage;
import id.sinergi.identity.Accounts;
import id.sinergi.identity.IdentityProblem;
import id.sinergi.identity.Invitation;
import id.sinergi.identity.UserView;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A government's users: coordinators invite and see them; national admins everywhere. */
@Controller
class UsersController {

    private final Accounts accounts;
    private final Organization organization;
    private final MessageSource messages;

    UsersController(Accounts accounts, Organization organization, MessageSource messages) {
        this.accounts = accounts;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/instansi/{governmentId}/pengguna")
    String list(Actor actor, @PathVariable long governmentId, Model model) {
        model.addAttribute("page", page(actor, governmentId, null, InviteForm.empty(), List.of()));
        return "identity/users";
    }

    @PostMapping("/instansi/{governmentId}/pengguna")
    String invite(Actor actor, @PathVariable long governmentId, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) Long agencyId, Model model, Locale locale, HttpServletResponse response) {
        InviteForm form = new InviteForm(email, name, role, agencyId);
        try {
            Invitation invitation = accounts.invite(actor, governmentId, email, name, role(role), agencyId);
            model.addAttribute("page", page(actor, governmentId, invitation, InviteForm.empty(), List.of()));
        } catch (IdentityProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, governmentId, null, form,
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
        }
        return "identity/users";
    }

    @PostMapping("/instansi/{governmentId}/pengguna/{userId}/aspek")
    String aspects(Actor actor, @PathVariable long governmentId, @PathVariable long userId,
            @RequestParam(defaultValue = "") String aspects, Model model, Locale locale, HttpServletResponse response) {
        try {
            accounts.setAssessorAspects(actor, governmentId, userId, Arrays.asList(aspects.split("[,;\\s]+")));
            return "redirect:/instansi/" + governmentId + "/pengguna";
        } catch (IdentityProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, governmentId, null, InviteForm.empty(),
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
            return "identity/users";
        }
    }

    @PostMapping("/instansi/{governmentId}/pengguna/{userId}/cabut")
    String remove(Actor actor, @PathVariable long governmentId, @PathVariable long userId, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            accounts.removeFromGovernment(actor, governmentId, userId);
            return "redirect:/instansi/" + governmentId + "/pengguna";
        } catch (IdentityProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, governmentId, null, InviteForm.empty(),
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
            return "identity/users";
        }
    }

    private static Role role(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new IdentityProblem("user.role.required");
        }
    }

    private UsersPage page(Actor actor, long governmentId, Invitation invitation, InviteForm form, List<String> errors) {
        List<UserView> users = accounts.usersOf(actor, governmentId);
        Government government = organization.government(governmentId).orElseThrow(NotPermittedException::new);
        List<Agency> agencies = organization.agencies(actor, governmentId);
        List<Role> roles = Arrays.stream(Role.values())
                .filter(r -> r != Role.NATIONAL_ADMIN && (r != Role.ASSESSOR || actor.isNationalAdmin())).toList();
        return new UsersPage(actor.userId(), government, users,
                agencies.stream().collect(Collectors.toMap(Agency::id, Agency::name)),
                agencies.stream().filter(Agency::active).toList(), roles, invitation,
                invitation == null ? null : ServletUriComponentsBuilder.fromCurrentContextPath().path(invitation.path()).toUriString(),
                form, errors);
    }
}
