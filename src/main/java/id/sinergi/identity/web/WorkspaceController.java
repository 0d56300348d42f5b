package id.sinergi.identity.web;

import id.sinergi.identity.web.IdentityPages.GovernmentCard;
import id.sinergi.identity.web.IdentityPages.WorkspacePage;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where a signed-in person lands: their roles, and links to what each lets them do. */
@Controller
class WorkspaceController {

    private final Organization organization;

    WorkspaceController(Organization organization) {
        this.organization = organization;
    }

    /** One government the person works in, with their roles there and what they may open. */
    @GetMapping("/beranda")
    String workspace(Actor actor, Model model) {
        Map<Long, List<Grant>> byGovernment = new LinkedHashMap<>();
        for (Grant grant : actor.grants()) {
            if (grant.governmentId() != null) {
                byGovernment.computeIfAbsent(grant.governmentId(), k -> new ArrayList<>()).add(grant);
            }
        }
        List<GovernmentCard> cards = new ArrayList<>();
        byGovernment.forEach((id, grants) -> {
            Government government = organization.government(id).orElseThrow();
            List<String> agencies = grants.stream().filter(g -> g.agencyId() != null)
                    .map(g -> organization.agency(actor, id, g.agencyId()).map(a -> a.name()).orElse("#" + g.agencyId()))
                    .toList();
            cards.add(new GovernmentCard(id, government.name(), grants.stream().map(Grant::role).distinct().toList(),
                    agencies, actor.canManage(id)));
        });
        model.addAttribute("page", new WorkspacePage(actor.displayName(), actor.isNationalAdmin(), cards));
        return "identity/workspace";
    }
}
