package id.sinergi.organization.web;

import id.sinergi.organization.web.OrganizationPages.AuditTrailPage;
import id.sinergi.audit.AuditLog;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A government's audit trail, for its coordinators and leaders (and national admins). */
@Controller
class AuditTrailController {

    private final Organization organization;
    private final AuditLog audit;

    AuditTrailController(Organization organization, AuditLog audit) {
        this.organization = organization;
        this.audit = audit;
    }

    @GetMapping("/instansi/{governmentId}/audit")
    String trail(Actor actor, @PathVariable long governmentId, Model model) {
        actor.require(actor.canManage(governmentId) || actor.has(Role.LEADER, governmentId));
        Government government = organization.government(governmentId).orElseThrow(NotPermittedException::new);
        model.addAttribute("page", new AuditTrailPage(government, audit.forGovernment(governmentId, 500)));
        return "organization/audit";
    }
}
