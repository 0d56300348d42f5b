package id.sinergi.monitoring.web;

import id.sinergi.shared.BodyLimit;
import id.sinergi.monitoring.ResultImport;
import id.sinergi.monitoring.ResultImports;
import id.sinergi.monitoring.ResultImports.Upload;
import id.sinergi.monitoring.Results;
import id.sinergi.monitoring.web.ResultImportPages.ImportPage;
import id.sinergi.monitoring.web.ResultImportPages.ProblemLine;
import id.sinergi.monitoring.web.ResultImportPages.RowLine;
import id.sinergi.monitoring.web.ResultImportPages.YearsPage;
import id.sinergi.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * National admins: results per year (publishing a year's unpublished results), and importing an
 * official list. An upload is checked and shown as a preview; the uploaded bytes stay in the
 * session under a random token with their SHA-256 for 30 minutes, and "Terapkan" applies exactly
 * those bytes (checked again), without uploading the file twice.
 */
@Controller
class ResultImportController {

    private static final String PENDING = ResultImportController.class.getName() + ".pending";
    private static final Duration KEPT = Duration.ofMinutes(30);
    private static final int KEPT_UPLOADS = 3;

    /** An upload waiting for "Terapkan". */
    record Pending(String fileName, byte[] content, int year, String source, String sha256, Instant at)
            implements Serializable {
    }

    private final ResultImports imports;
    private final Results results;
    private final MessageSource messages;
    private final Clock clock;

    ResultImportController(ResultImports imports, Results results, MessageSource messages, Clock clock) {
        this.imports = imports;
        this.results = results;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/hasil")
    String years(Actor actor, Model model) {
        model.addAttribute("page", new YearsPage(imports.years(actor), null, List.of()));
        return "monitoring/import-years";
    }

    @PostMapping("/admin/hasil/{year}/terbitkan")
    String publish(Actor actor, @PathVariable int year, Model model, Locale locale) {
        int published = results.publishYear(actor, year);
        model.addAttribute("page", new YearsPage(imports.years(actor),
                messages.getMessage("result.import.published", new Object[] {published, year}, locale), List.of()));
        return "monitoring/import-years";
    }

    @GetMapping("/admin/hasil/impor")
    String form(Actor actor, Model model) {
        actor.require(actor.isNationalAdmin());
        model.addAttribute("page", new ImportPage(Instant.now(clock).atZone(java.time.ZoneOffset.UTC).getYear() - 1, "",
                null, null, List.of(), List.of(), null, List.of()));
        return "monitoring/import";
    }

    @BodyLimit(kilobytes = 5 * 1024 + 64)
    @PostMapping("/admin/hasil/impor")
    String check(Actor actor, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "0") int year,
            @RequestParam(defaultValue = "") String source, HttpSession session, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        actor.require(actor.isNationalAdmin());
        Upload upload = new Upload(file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes(), year, source);
        ResultImport report = imports.check(actor, upload);
        if (report.refusedWhole()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        String token = null;
        if (report.clean()) {
            token = UUID.randomUUID().toString();
            Map<String, Pending> pending = pending(session);
            pending.put(token, new Pending(upload.fileName(), upload.content(), year, source, report.sha256(),
                    Instant.now(clock)));
            while (pending.size() > KEPT_UPLOADS) {
                pending.remove(pending.keySet().iterator().next());
            }
            session.setAttribute(PENDING, pending);
        }
        model.addAttribute("page", preview(report, token, null, locale));
        return "monitoring/import";
    }

    @PostMapping("/admin/hasil/impor/terapkan")
    String apply(Actor actor, @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String sha256,
            HttpSession session, Model model, Locale locale, HttpServletResponse response) {
        actor.require(actor.isNationalAdmin());
        Map<String, Pending> pending = pending(session);
        Pending upload = pending.get(token);
        if (upload == null || !upload.sha256().equals(sha256) || upload.at().plus(KEPT).isBefore(Instant.now(clock))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new ImportPage(upload == null ? 0 : upload.year(), "", null, null, List.of(),
                    List.of(), null, List.of(messages.getMessage("result.import.expired", null, locale))));
            return "monitoring/import";
        }
        ResultImport report = imports.apply(actor, new Upload(upload.fileName(), upload.content(), upload.year(),
                upload.source()));
        if (!report.clean()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", preview(report, null, null, locale));
            return "monitoring/import";
        }
        pending.remove(token);
        session.setAttribute(PENDING, pending);
        model.addAttribute("page", new YearsPage(imports.years(actor), messages.getMessage("result.import.applied",
                new Object[] {report.applied(), report.year(), report.fileName()}, locale), List.of()));
        return "monitoring/import-years";
    }

    private ImportPage preview(ResultImport report, String token, String notice, Locale locale) {
        List<RowLine> rows = report.rows().stream()
                .map(r -> new RowLine(r, report.problemsOf(r.line()).stream().map(p -> line(p, locale)).toList())).toList();
        List<ProblemLine> fileProblems = report.fileProblems().stream().map(p -> line(p, locale)).toList();
        String summary = report.clean()
                ? messages.getMessage("result.import.clean", new Object[] {report.rows().size()}, locale)
                : messages.getMessage("result.import.refused", new Object[] {report.problems().size()}, locale);
        return new ImportPage(report.year(), report.source(), report, token, fileProblems, rows,
                notice == null ? summary : notice, List.of());
    }

    private ProblemLine line(ResultImport.RowProblem problem, Locale locale) {
        return new ProblemLine(problem.line(), problem.column(), problem.value(),
                messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> pending(HttpSession session) {
        Object stored = session.getAttribute(PENDING);
        return stored instanceof Map<?, ?> map ? (Map<String, Pending>) map : new LinkedHashMap<>();
    }
}
