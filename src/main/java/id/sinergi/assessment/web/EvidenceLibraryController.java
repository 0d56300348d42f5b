package id.sinergi.assessment.web;

import id.sinergi.shared.BodyLimit;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.web.EvaluationPages.LibraryEntry;
import id.sinergi.assessment.web.EvaluationPages.LibraryPage;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceProblem;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A government's evidence library: every file (latest version, older versions one click away) and
 * link, where each is used, new versions, links, removal of what supports nothing.
 */
@Controller
class EvidenceLibraryController {

    private static final String BASE = "/instansi/{governmentId}/bukti";

    private final EvidenceLibrary library;
    private final Contributions contributions;
    private final Organization organization;
    private final MessageSource messages;

    EvidenceLibraryController(EvidenceLibrary library, Contributions contributions, Organization organization,
            MessageSource messages) {
        this.library = library;
        this.contributions = contributions;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String page(Actor actor, @PathVariable long governmentId, Model model) {
        model.addAttribute("page", page(actor, governmentId, null, List.of()));
        return "assessment/library";
    }

    @BodyLimit(upload = true)
    @PostMapping(BASE)
    String upload(Actor actor, @PathVariable long governmentId, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            actor.require(actor.canAddEvidence(governmentId));
            EvidenceFile stored = Uploads.store(file, in -> library.upload(actor, governmentId, file.getOriginalFilename(), in));
            return messages.getMessage("library.uploaded", new Object[] {stored.name()}, locale);
        });
    }

    @PostMapping(BASE + "/tautan")
    String link(Actor actor, @PathVariable long governmentId, @RequestParam(defaultValue = "") String url,
            @RequestParam(defaultValue = "") String title, Model model, Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            EvidenceFile link = library.registerLink(actor, governmentId, url, title);
            return messages.getMessage("library.linked", new Object[] {link.name()}, locale);
        });
    }

    @BodyLimit(upload = true)
    @PostMapping(BASE + "/{evidenceId}/versi")
    String version(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId,
            @RequestParam(required = false) MultipartFile file, Model model, Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            actor.require(actor.canAddEvidence(governmentId));
            EvidenceFile stored = Uploads.store(file,
                    in -> library.uploadVersion(actor, governmentId, evidenceId, file.getOriginalFilename(), in));
            return messages.getMessage("library.versioned", new Object[] {stored.name(), stored.version()}, locale);
        });
    }

    @PostMapping(BASE + "/{evidenceId}/hapus")
    String remove(Actor actor, @PathVariable long governmentId, @PathVariable long evidenceId, Model model,
            Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            EvidenceFile file = library.file(actor, governmentId, evidenceId).orElseThrow(NotPermittedException::new);
            library.remove(actor, governmentId, evidenceId);
            return messages.getMessage("library.removed", new Object[] {file.name()}, locale);
        });
    }

    private String change(Actor actor, long governmentId, Model model, Locale locale, HttpServletResponse response,
            Supplier<String> change) {
        actor.require(actor.canRead(governmentId));
        String notice = null;
        List<String> errors = List.of();
        try {
            notice = change.get();
        } catch (EvidenceProblem e) {
            response.setStatus(e.status());
            errors = List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        }
        model.addAttribute("page", page(actor, governmentId, notice, errors));
        return "assessment/library";
    }

    private LibraryPage page(Actor actor, long governmentId, String notice, List<String> errors) {
        var government = organization.government(governmentId).orElseThrow(NotPermittedException::new);
        List<EvidenceFile> files = library.files(actor, governmentId);
        Map<Long, List<String>> use = contributions.evidenceUse(actor, governmentId);
        List<LibraryEntry> entries = files.stream().map(f -> new LibraryEntry(f,
                f.version() > 1 ? library.versions(actor, governmentId, f.id()).stream().skip(1).toList() : List.of(),
                use.getOrDefault(f.id(), List.of()))).toList();
        return new LibraryPage(government, entries, library.maxBytes() / (1024 * 1024), actor.canAddEvidence(governmentId),
                notice, errors);
    }
}
