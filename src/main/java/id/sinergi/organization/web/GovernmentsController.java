package id.sinergi.organization.web;

import id.sinergi.organization.web.OrganizationPages.GovernmentsPage;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Organization;
import id.sinergi.organization.OrganizationProblem;
import id.sinergi.organization.Region;
import id.sinergi.organization.RegionGroup;
import id.sinergi.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national admin's view of the registry, and where central agencies are added. */
@Controller
class GovernmentsController {

    private final Organization organization;
    private final MessageSource messages;

    GovernmentsController(Organization organization, MessageSource messages) {
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/admin/instansi")
    String list(Actor actor, @RequestParam(required = false) String category, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, Model model) {
        actor.require(actor.isNationalAdmin());
        model.addAttribute("page", page(category, region, q, null, List.of()));
        return "organization/governments";
    }

    @PostMapping("/admin/instansi")
    String addCentral(Actor actor, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
            Model model, Locale locale, HttpServletResponse response) {
        try {
            Government added = organization.addCentralAgency(actor, code, name);
            model.addAttribute("page", page(null, null, null, messages.getMessage("government.added",
                    new Object[] {added.name()}, locale), List.of()));
        } catch (OrganizationProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(null, null, null, null,
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale))));
        }
        return "organization/governments";
    }

    private GovernmentsPage page(String category, String region, String q, String notice, List<String> errors) {
        GovernmentCategory c = parse(GovernmentCategory.class, category);
        boolean east = RegionGroup.INDONESIA_TIMUR.name().equals(region);
        Region r = east ? null : parse(Region.class, region);
        List<Government> governments = organization.governments(c, r, q).stream()
                .filter(g -> !east || RegionGroup.INDONESIA_TIMUR.includes(g)).toList();
        return new GovernmentsPage(governments, c == null ? "" : c.name(), east ? region : r == null ? "" : r.name(),
                q == null ? "" : q, notice, errors);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
