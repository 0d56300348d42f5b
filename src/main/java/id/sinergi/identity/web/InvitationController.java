package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.InvitationPage;
import id.sinergi.identity.Accounts;
import id.sinergi.identity.IdentityProblem;
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

/** The first-login link: the invited person sets their own password. */
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
        model.addAttribute("page", new InvitationPage(token, email, email != null, List.of()));
        return "identity/invitation";
    }

    @PostMapping("/undangan/{token}")
    String accept(@PathVariable String token, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmation, Model model, Locale locale,
            HttpServletResponse response) {
        String email = accounts.invitationEmail(token).orElse(null);
        if (email == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("page", new InvitationPage(token, null, false, List.of()));
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
            model.addAttribute("page", new InvitationPage(token, email, true,
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
            return "identity/invitation";
        }
    }
}
