package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.LoginPage;
import id.sinergi.identity.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final CurrentActor actors;

    LoginController(CurrentActor actors) {
        this.actors = actors;
    }

    @GetMapping("/masuk")
    String login(@RequestParam(required = false) String galat, @RequestParam(required = false) Integer menit,
            @RequestParam(required = false) String keluar, @RequestParam(required = false) String aktif, Model model) {
        if (actors.current().isPresent()) {
            return "redirect:/beranda";
        }
        String error = "terkunci".equals(galat) ? "locked" : "kredensial".equals(galat) ? "credentials" : null;
        model.addAttribute("page", new LoginPage(error, menit == null ? 15 : Math.max(1, Math.min(menit, 60)),
                keluar != null, aktif != null));
        return "identity/login";
    }

}
