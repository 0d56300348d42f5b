package id.sinergi.assessment.web;

import id.sinergi.shared.BodyLimit;
import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.Comments;
import id.sinergi.assessment.ConflictException;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.ProblemMessages;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Stages;
import id.sinergi.assessment.web.EvaluationPages.AnswerForm;
import id.sinergi.assessment.web.EvaluationPages.Conflict;
import id.sinergi.assessment.web.EvaluationPages.LevelChoice;
import id.sinergi.assessment.web.EvaluationPages.ReviewPage;
import id.sinergi.assessment.web.EvaluationPages.ReviewRow;
import id.sinergi.assessment.web.EvaluationPages.WorkPage;
import id.sinergi.assessment.web.EvaluationPages.WorkRow;
import id.sinergi.evidence.EvidenceFile;
import id.sinergi.evidence.EvidenceLibrary;
import id.sinergi.evidence.EvidenceProblem;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotFoundException;
import id.sinergi.shared.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** OPD operators answer their indicators; coordinators review each indicator's contributions. */
@Controller
class ContributionsController {

    private final Contributions contributions;
    private final Comments comments;
    private final EvidenceLibrary library;
    private final Evaluations evaluations;
    private final InstrumentCatalog instruments;
    private final Organization organization;
    private final MessageSource messages;
    private final Stages stages;

    ContributionsController(Contributions contributions, Comments comments, EvidenceLibrary library,
            Evaluations evaluations, InstrumentCatalog instruments, Organization organization, MessageSource messages,
            Stages stages) {
        this.stages = stages;
        this.contributions = contributions;
        this.comments = comments;
        this.library = library;
        this.evaluations = evaluations;
        this.instruments = instruments;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}")
    String work(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, @PathVariable long agencyId,
            Model model, Locale locale) {
        model.addAttribute("page", workPage(actor, governmentId, periodId, agencyId, null, List.of(), locale, null));
        return "assessment/work";
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}")
    String save(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, @PathVariable long agencyId,
            @RequestParam(defaultValue = "") String indicatorCode, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String explanation, @RequestParam(defaultValue = "0") int version,
            @RequestParam(defaultValue = "simpan") String action, Model model, Locale locale, HttpServletResponse response) {
        boolean submit = "ajukan".equals(action);
        Conflict conflict = null;
        String notice = null;
        List<String> errors = List.of();
        try {
            contributions.save(actor, governmentId, periodId, indicatorCode, agencyId, FormValues.decimal(value),
                    explanation, version, submit);
            notice = messages.getMessage(submit ? "contribution.submitted" : "contribution.saved",
                    new Object[] {indicatorCode}, locale);
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(ProblemMessages.of(messages, e, locale));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors = List.of(messages.getMessage("contribution.conflict", null, locale));
            conflict = new Conflict(indicatorCode, value, explanation,
                    e.current() instanceof Contribution current ? current : null);
        }
        model.addAttribute("page", workPage(actor, governmentId, periodId, agencyId, notice, errors, locale, conflict));
        return "assessment/work";
    }

    @BodyLimit(upload = true)
    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}/bukti")
    String attach(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, @PathVariable long agencyId,
            @RequestParam(defaultValue = "") String indicatorCode,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Model model,
            Locale locale, HttpServletResponse response) {
        return evidenceChange(actor, governmentId, periodId, agencyId, model, locale, response, () -> {
            actor.require(actor.canAddEvidence(governmentId));
            EvidenceFile stored = Uploads.store(file, in -> library.upload(actor, governmentId, file.getOriginalFilename(), in));
            contributions.attach(actor, governmentId, periodId, indicatorCode, agencyId, stored.id());
            return messages.getMessage("evidence.attached", new Object[] {stored.name(), indicatorCode}, locale);
        });
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}/bukti/tautan")
    String attachLink(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @RequestParam(defaultValue = "") String indicatorCode,
            @RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String title, Model model,
            Locale locale, HttpServletResponse response) {
        return evidenceChange(actor, governmentId, periodId, agencyId, model, locale, response, () -> {
            EvidenceFile link = library.registerLink(actor, governmentId, url, title);
            contributions.attach(actor, governmentId, periodId, indicatorCode, agencyId, link.id());
            return messages.getMessage("evidence.attached", new Object[] {link.name(), indicatorCode}, locale);
        });
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}/bukti/pilih")
    String attachExisting(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @RequestParam(defaultValue = "") String indicatorCode,
            @RequestParam(defaultValue = "-1") long evidenceId, Model model, Locale locale, HttpServletResponse response) {
        return evidenceChange(actor, governmentId, periodId, agencyId, model, locale, response, () -> {
            EvidenceFile chosen = library.file(actor, governmentId, evidenceId)
                    .orElseThrow(() -> new EvidenceProblem("evidence.choose"));
            contributions.attach(actor, governmentId, periodId, indicatorCode, agencyId, chosen.id());
            return messages.getMessage("evidence.attached", new Object[] {chosen.name(), indicatorCode}, locale);
        });
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}/bukti/lepas")
    String detach(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @RequestParam(defaultValue = "") String indicatorCode,
            @RequestParam(defaultValue = "-1") long evidenceId, Model model, Locale locale, HttpServletResponse response) {
        return evidenceChange(actor, governmentId, periodId, agencyId, model, locale, response, () -> {
            contributions.detach(actor, governmentId, periodId, indicatorCode, agencyId, evidenceId);
            return messages.getMessage("evidence.detached", new Object[] {indicatorCode}, locale);
        });
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/opd/{agencyId}/bukti/bawa")
    String carryForward(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable long agencyId, @RequestParam(defaultValue = "") String indicatorCode, Model model,
            Locale locale, HttpServletResponse response) {
        return evidenceChange(actor, governmentId, periodId, agencyId, model, locale, response, () -> {
            int count = contributions.carryForward(actor, governmentId, periodId, indicatorCode, agencyId);
            return messages.getMessage("evidence.carried", new Object[] {count, indicatorCode}, locale);
        });
    }

    /** Runs a change to an OPD's evidence; a refusal becomes a message (413 for a too-large file, else 400). */
    private String evidenceChange(Actor actor, long governmentId, long periodId, long agencyId, Model model,
            Locale locale, HttpServletResponse response, Supplier<String> change) {
        String notice = null;
        List<String> errors = List.of();
        try {
            notice = change.get();
        } catch (EvidenceProblem e) {
            response.setStatus(e.status());
            errors = List.of(messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(ProblemMessages.of(messages, e, locale));
        }
        model.addAttribute("page", workPage(actor, governmentId, periodId, agencyId, notice, errors, locale, null));
        return "assessment/work";
    }

    /** Adds to an indicator's thread and returns to the page it was written on (the OPD's work or the review). */
    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/indikator/{indicatorCode}/komentar")
    String comment(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) Long agencyId, Model model, Locale locale, HttpServletResponse response) {
        try {
            comments.add(actor, governmentId, periodId, indicatorCode, body);
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            List<String> errors = List.of(ProblemMessages.of(messages, e, locale));
            if (agencyId != null) {
                model.addAttribute("page", workPage(actor, governmentId, periodId, agencyId, null, errors, locale, null));
                return "assessment/work";
            }
            model.addAttribute("page", reviewPage(actor, governmentId, periodId, indicatorCode, null, errors));
            return "assessment/review";
        }
        String base = "/instansi/" + governmentId + "/evaluasi/" + periodId;
        return "redirect:" + (agencyId != null ? base + "/opd/" + agencyId + "#work-" + indicatorCode
                : base + "/indikator/" + indicatorCode + "#komentar");
    }

    @GetMapping("/instansi/{governmentId}/evaluasi/{periodId}/indikator/{indicatorCode}")
    String review(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, Model model) {
        model.addAttribute("page", reviewPage(actor, governmentId, periodId, indicatorCode, null, List.of()));
        return "assessment/review";
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/indikator/{indicatorCode}")
    String decide(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, @RequestParam(defaultValue = "-1") long contributionId,
            @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
            Model model, Locale locale, HttpServletResponse response) {
        String notice = attempt(response, locale, model, () -> {
            if ("setujui".equals(decision)) {
                contributions.approve(actor, governmentId, periodId, contributionId, version);
                return messages.getMessage("contribution.approved", null, locale);
            }
            contributions.returnForRevision(actor, governmentId, periodId, contributionId, version, reason);
            return messages.getMessage("contribution.returned", null, locale);
        });
        @SuppressWarnings("unchecked")
        List<String> errors = (List<String>) model.getAttribute("errors");
        model.addAttribute("page", reviewPage(actor, governmentId, periodId, indicatorCode, notice, errors));
        return "assessment/review";
    }

    /** Runs a change; a refused or conflicting one becomes a message and a 400 / 409 status. */
    private String attempt(HttpServletResponse response, Locale locale, Model model, Supplier<String> change) {
        model.addAttribute("errors", List.of());
        try {
            return change.get();
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", List.of(ProblemMessages.of(messages, e, locale)));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("errors", List.of(messages.getMessage("contribution.conflict", null, locale)));
        }
        return null;
    }


    private WorkPage workPage(Actor actor, long governmentId, long periodId, long agencyId, String notice,
            List<String> errors, Locale locale, Conflict conflict) {
        var items = contributions.workOf(actor, governmentId, periodId, agencyId);
        EvaluationPeriod period = evaluations.period(actor, governmentId, periodId);
        Instrument instrument = instruments.findVersion(period.instrumentCode(), period.instrumentVersion()).orElseThrow();
        Agency agency = organization.agency(actor, governmentId, agencyId).orElseThrow(NotPermittedException::new);
        List<WorkRow> rows = new ArrayList<>();
        for (var item : items) {
            Indicator indicator = instrument.indicators().stream().filter(i -> i.code().equals(item.indicatorCode()))
                    .findFirst().orElseThrow();
            var scale = instrument.levelScale(indicator.levelScale()).orElseThrow();
            List<LevelChoice> choices = scale.levels().stream()
                    .map(l -> new LevelChoice(l.hasBand() ? l.bandMin().toPlainString() : Integer.toString(l.level()),
                            l.level() + " · " + l.name())).toList();
            String criteria = scale.levels().stream().map(l -> l.level() + " " + l.name() + ": " + l.criteria().in(locale))
                    .collect(Collectors.joining("\n"));
            rows.add(new WorkRow(item, choices, criteria, comments.thread(actor, governmentId, periodId, item.indicatorCode())));
        }
        return new WorkPage(government(governmentId), period, agency, rows, instrument.valueScale().integerOnly(),
                instrument.valueScale().min().toPlainString(), instrument.valueScale().max().toPlainString(),
                library.files(actor, governmentId), conflict, notice, errors == null ? List.of() : errors);
    }

    private ReviewPage reviewPage(Actor actor, long governmentId, long periodId, String indicatorCode, String notice,
            List<String> errors) {
        return reviewPage(actor, governmentId, periodId, indicatorCode, notice, errors, null);
    }

    private ReviewPage reviewPage(Actor actor, long governmentId, long periodId, String indicatorCode, String notice,
            List<String> errors, AnswerForm typed) {
        var list = contributions.contributionsOf(actor, governmentId, periodId, indicatorCode);
        var board = evaluations.board(actor, governmentId, periodId);
        var row = board.rows().stream().filter(r -> r.indicatorCode().equals(indicatorCode)).findFirst()
                .orElseThrow(NotFoundException::new);
        Map<Long, String> names = organization.agencies(actor, governmentId).stream()
                .collect(Collectors.toMap(Agency::id, Agency::name));
        List<ReviewRow> rows = list.stream().map(c -> new ReviewRow(c, names.getOrDefault(c.agencyId(), "#" + c.agencyId()),
                contributions.evidenceOf(actor, governmentId, periodId, c.id()))).toList();
        var answer = contributions.answer(actor, governmentId, periodId, indicatorCode).orElse(null);
        Map<Long, EvidenceFile> choices = new java.util.LinkedHashMap<>();
        if (answer != null) {
            answer.evidence().forEach(f -> choices.put(f.id(), f));
        }
        rows.forEach(r -> r.evidence().forEach(f -> choices.putIfAbsent(f.id(), f)));
        AnswerForm form = typed != null ? typed : answer == null
                ? new AnswerForm(rows.stream().filter(r -> r.contribution().status() == id.sinergi.assessment.IndicatorStatus.APPROVED).findFirst()
                        .map(r -> r.contribution().value().toPlainString()).orElse(""),
                        rows.stream().filter(r -> r.contribution().status() == id.sinergi.assessment.IndicatorStatus.APPROVED)
                                .map(r -> r.contribution().explanation()).collect(Collectors.joining("\n\n")),
                        List.of(), 0)
                : new AnswerForm(answer.answer().value().toPlainString(), answer.answer().explanation(),
                        answer.evidence().stream().map(EvidenceFile::id).toList(), answer.answer().version());
        EvaluationPeriod period = board.period();
        Instrument instrument = instruments.findVersion(period.instrumentCode(), period.instrumentVersion()).orElseThrow();
        Indicator indicator = instrument.indicators().stream().filter(i -> i.code().equals(indicatorCode)).findFirst()
                .orElseThrow(NotFoundException::new);
        boolean open = stages.snapshots(actor, governmentId, periodId).stream()
                .noneMatch(s -> s.stage() == id.sinergi.assessment.Stage.SELF_ASSESSMENT);
        return new ReviewPage(government(governmentId), period, indicatorCode, row.indicatorName(), rows,
                comments.thread(actor, governmentId, periodId, indicatorCode), actor.canManage(governmentId), open,
                answer, form, levelChoices(instrument, indicator), instrument.valueScale().integerOnly(),
                instrument.valueScale().min().toPlainString(), instrument.valueScale().max().toPlainString(),
                List.copyOf(choices.values()), notice, errors == null ? List.of() : errors);
    }

    private static List<LevelChoice> levelChoices(Instrument instrument, Indicator indicator) {
        var scale = instrument.levelScale(indicator.levelScale()).orElseThrow();
        return scale.levels().stream()
                .map(l -> new LevelChoice(l.hasBand() ? l.bandMin().toPlainString() : Integer.toString(l.level()),
                        l.level() + " · " + l.name())).toList();
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/indikator/{indicatorCode}/jawaban")
    String consolidate(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @PathVariable String indicatorCode, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String explanation,
            @RequestParam(name = "evidenceId", required = false) List<Long> evidenceIds,
            @RequestParam(defaultValue = "0") int version, Model model, Locale locale, HttpServletResponse response) {
        List<Long> chosen = evidenceIds == null ? List.of() : evidenceIds;
        String notice = null;
        List<String> errors = List.of();
        AnswerForm typed = new AnswerForm(value, explanation, chosen, version);
        try {
            contributions.consolidate(actor, governmentId, periodId, indicatorCode, FormValues.decimal(value), explanation,
                    chosen, version);
            notice = messages.getMessage("answer.consolidated", new Object[] {indicatorCode}, locale);
            typed = null;
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(ProblemMessages.of(messages, e, locale));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors = List.of(messages.getMessage("answer.conflict", null, locale));
            int current = e.current() instanceof id.sinergi.assessment.Answer a ? a.version() : 0;
            typed = new AnswerForm(value, explanation, chosen, current);
        }
        model.addAttribute("page", reviewPage(actor, governmentId, periodId, indicatorCode, notice, errors, typed));
        return "assessment/review";
    }

    private Government government(long governmentId) {
        return organization.government(governmentId).orElseThrow(NotPermittedException::new);
    }

}
