package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.InvitationPage;
import id.sinergi.identity.Accounts;
import id.sinergi.identity.IdentityProblem;
import id.sinergi.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An invitation link: on an account without a password the invited person sets it; on one with a
 * password its owner, signed in, accepts the inviting government's role.
 */
@Controller
class InvitationController {

    private final Accounts accounts;
    private final MessageSource messages;

    InvitationController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/undangan/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        String email = accounts.invitationEmail(token).orElse(null);
        if (email == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("page", new InvitationPage(token, email, email != null, accounts.invitationSetsPassword(token), List.of()));
        return "identity/invitation";
    }

    @PostMapping("/undangan/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, Locale locale,
            HttpServletResponse response) {
        String email = accounts.invitationEmail(token).orElse(null);
        if (email == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("page", new InvitationPage(token, null, false, false, List.of()));
            return "identity/invitation";
        }
        try {
            if (!password.equals(confirmation)) {
                throw new IdentityProblem("invitation.mismatch");
            }
            accounts.acceptInvitation(token, password);
            return "redirect:/masuk?aktif";
        } catch (IdentityProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new InvitationPage(token, email, true, accounts.invitationSetsPassword(token),
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
            return "identity/invitation";
        }
    }

    /** Not a public page: the owner of the account signs in first. */
    @PostMapping("/undangan/{token}/terima")
    String acceptSignedIn(Actor actor, @PathVariable String token, Model model, Locale locale,
            HttpServletResponse response) {
        try {
            accounts.acceptInvitation(actor, token);
            return "redirect:/beranda";
        } catch (IdentityProblem e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("page", new InvitationPage(token, null, false, false, List.of()));
            return "identity/invitation";
        }
    }
}
