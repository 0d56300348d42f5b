package id.sinergi.organization.web;

import id.sinergi.shared.BodyLimit;
import id.sinergi.organization.web.OrganizationPages.AgenciesPage;
import id.sinergi.organization.web.OrganizationPages.ImportLine;
import id.sinergi.organization.Agency;
import id.sinergi.organization.AgencyImport;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.organization.OrganizationProblem;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A government's OPDs: everyone of the government reads; coordinators and national admins change. */
@Controller
class AgenciesController {

    private final Organization organization;
    private final MessageSource messages;

    AgenciesController(Organization organization, MessageSource messages) {
        this.organization = organization;
        this.messages = messages;
    }

    /** One line of a refused import: the line number (0 = the file) and the message. */
    @GetMapping("/instansi/{governmentId}/opd")
    String list(Actor actor, @PathVariable long governmentId, Model model) {
        model.addAttribute("page", page(actor, governmentId, null, List.of(), List.of()));
        return "organization/agencies";
    }

    @PostMapping("/instansi/{governmentId}/opd")
    String create(Actor actor, @PathVariable long governmentId, @RequestParam(defaultValue = "") String name,
            Model model, Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response,
                () -> message("agency.created", locale, organization.createAgency(actor, governmentId, name).name()));
    }

    @PostMapping("/instansi/{governmentId}/opd/{agencyId}/ubah")
    String rename(Actor actor, @PathVariable long governmentId, @PathVariable long agencyId,
            @RequestParam(defaultValue = "") String name, Model model, Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> message("agency.renamed", locale,
                organization.renameAgency(actor, governmentId, agencyId, name).name()));
    }

    @PostMapping("/instansi/{governmentId}/opd/{agencyId}/nonaktifkan")
    String deactivate(Actor actor, @PathVariable long governmentId, @PathVariable long agencyId, Model model,
            Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> message("agency.deactivated", locale,
                organization.deactivateAgency(actor, governmentId, agencyId).name()));
    }

    @BodyLimit(kilobytes = 256 + 16)
    @PostMapping("/instansi/{governmentId}/opd/impor")
    String importCsv(Actor actor, @PathVariable long governmentId, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale, HttpServletResponse response) throws IOException {
        actor.require(actor.canManage(governmentId));
        AgencyImport result = organization.importAgencies(actor, governmentId, file == null ? new byte[0] : file.getBytes());
        if (result.accepted()) {
            model.addAttribute("page", page(actor, governmentId, message("agency.import.done", locale, result.imported()),
                    List.of(), List.of()));
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            List<ImportLine> lines = result.problems().stream()
                    .map(p -> new ImportLine(p.row(), messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
                    .toList();
            model.addAttribute("page", page(actor, governmentId, null, List.of(), lines));
        }
        return "organization/agencies";
    }

    private String change(Actor actor, long governmentId, Model model, Locale locale, HttpServletResponse response,
            java.util.function.Supplier<String> change) {
        try {
            model.addAttribute("page", page(actor, governmentId, change.get(), List.of(), List.of()));
        } catch (OrganizationProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, governmentId, null,
                    List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale)), List.of()));
        }
        return "organization/agencies";
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private AgenciesPage page(Actor actor, long governmentId, String notice, List<String> errors,
            List<ImportLine> importProblems) {
        List<Agency> agencies = organization.agencies(actor, governmentId);
        Government government = organization.government(governmentId).orElseThrow(NotPermittedException::new);
        return new AgenciesPage(government, agencies, actor.canManage(governmentId), notice, errors, importProblems);
    }
}
