package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.LoginPage;
import id.sinergi.identity.CurrentActor;
import id.sinergi.identity.web.IdentityPages.SsoProvider;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final CurrentActor actors;
    private final ObjectProvider<ClientRegistrationRepository> sso;

    LoginController(CurrentActor actors, ObjectProvider<ClientRegistrationRepository> sso) {
        this.actors = actors;
        this.sso = sso;
    }

    @GetMapping("/masuk")
    String login(@RequestParam(required = false) String galat, @RequestParam(required = false) Integer menit,
            @RequestParam(required = false) String keluar, @RequestParam(required = false) String aktif, Model model) {
        if (actors.current().isPresent()) {
            return "redirect:/beranda";
        }
        String error = "terkunci".equals(galat) ? "locked" : "kredensial".equals(galat) ? "credentials"
                : "sso".equals(galat) ? "sso" : null;
        model.addAttribute("page", new LoginPage(error, menit == null ? 15 : Math.max(1, Math.min(menit, 60)),
                keluar != null, aktif != null, providers()));
        return "identity/login";
    }

    /** The configured OIDC providers (none unless spring.security.oauth2.client.registration.* is set). */
    private List<SsoProvider> providers() {
        List<SsoProvider> providers = new ArrayList<>();
        if (sso.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new SsoProvider(client.getRegistrationId(), client.getClientName()));
            }
        }
        return providers;
    }

}
