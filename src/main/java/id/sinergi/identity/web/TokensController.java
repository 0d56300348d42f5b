package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.TokensPage;
import id.sinergi.identity.Accounts;
import id.sinergi.identity.IdentityProblem;
import id.sinergi.identity.IssuedToken;
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

@Controller
class TokensController {

    private final Accounts accounts;
    private final MessageSource messages;

    TokensController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/akun/token")
    String list(Actor actor, Model model) {
        model.addAttribute("page", new TokensPage(accounts.tokens(actor), null, List.of()));
        return "identity/tokens";
    }

    @PostMapping("/akun/token")
    String create(Actor actor, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") String days,
            Model model, Locale locale, HttpServletResponse response) {
        IssuedToken issued = null;
        List<String> errors = List.of();
        try {
            issued = accounts.createToken(actor, name, parseDays(days));
        } catch (IdentityProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        }
        model.addAttribute("page", new TokensPage(accounts.tokens(actor), issued, errors));
        return "identity/tokens";
    }

    @PostMapping("/akun/token/{id}/cabut")
    String revoke(Actor actor, @PathVariable long id) {
        accounts.revokeToken(actor, id);
        return "redirect:/akun/token";
    }

    private static int parseDays(String days) {
        try {
            return Integer.parseInt(days.trim());
        } catch (NumberFormatException e) {
            throw new IdentityProblem("token.validity.invalid", 1, 365);
        }
    }
}
