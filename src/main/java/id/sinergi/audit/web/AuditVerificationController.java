package id.sinergi.audit.web;

import id.sinergi.audit.web.AuditPages.VerificationPage;
import id.sinergi.audit.AuditLog;
import id.sinergi.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The national admin checks the whole chain and sees the latest entries. */
@Controller
class AuditVerificationController {

    private final AuditLog audit;

    AuditVerificationController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(Actor actor, Model model) {
        actor.require(actor.isNationalAdmin());
        model.addAttribute("page", new VerificationPage(null, audit.latest(100)));
        return "audit/verification";
    }

    @PostMapping("/admin/audit/verifikasi")
    String verify(Actor actor, Model model) {
        actor.require(actor.isNationalAdmin());
        model.addAttribute("page", new VerificationPage(audit.verify(), audit.latest(100)));
        return "audit/verification";
    }
}
