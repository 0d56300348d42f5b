package id.sinergi.assessment.web;

import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.ProblemMessages;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import id.sinergi.assessment.web.EvaluationPages.InstrumentOption;
import id.sinergi.assessment.web.EvaluationPages.PeriodForm;
import id.sinergi.assessment.web.EvaluationPages.PeriodsPage;
import id.sinergi.assessment.web.EvaluationPages.ScheduleEdit;
import id.sinergi.framework.EvaluationYears;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The national admin opens evaluation periods and moves their stage windows. */
@Controller
class PeriodsController {

    private final Evaluations evaluations;
    private final InstrumentCatalog instruments;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    PeriodsController(Evaluations evaluations, InstrumentCatalog instruments, Organization organization,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.evaluations = evaluations;
        this.instruments = instruments;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/admin/periode")
    String list(Actor actor, Model model) {
        actor.require(actor.isNationalAdmin());
        model.addAttribute("page", page(actor, emptyForm(), null, List.of(), null));
        return "assessment/periods";
    }

    @PostMapping("/admin/periode")
    String open(Actor actor, @RequestParam Map<String, String> fields, Model model, Locale locale,
            HttpServletResponse response) {
        actor.require(actor.isNationalAdmin());
        Map<String, String> dates = dates(fields);
        PeriodForm form = new PeriodForm(fields.getOrDefault("year", ""), fields.getOrDefault("name", ""),
                fields.getOrDefault("instrumentCode", ""), dates, fields.getOrDefault("governments", ""),
                fields.containsKey("allRegional"), fields.containsKey("sample"));
        try {
            EvaluationPeriod period = evaluations.open(actor, new OpenPeriod(year(form.year()), form.name(),
                    form.instrumentCode(), windows(form.dates()), codes(form), form.sample()));
            model.addAttribute("page", page(actor, emptyForm(), messages.getMessage("period.opened",
                    new Object[] {period.name(), period.participants()}, locale), List.of(), null));
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, form, null,
                    List.of(ProblemMessages.of(messages, e, locale)), null));
        }
        return "assessment/periods";
    }

    @PostMapping("/admin/periode/{periodId}/jadwal")
    String reschedule(Actor actor, @PathVariable long periodId, @RequestParam Map<String, String> fields, Model model,
            Locale locale, HttpServletResponse response) {
        actor.require(actor.isNationalAdmin());
        Map<String, String> dates = dates(fields);
        try {
            EvaluationPeriod period = evaluations.reschedule(actor, periodId, windows(dates));
            model.addAttribute("page", page(actor, emptyForm(), messages.getMessage("period.rescheduled",
                    new Object[] {period.name()}, locale), List.of(), null));
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, emptyForm(), null, List.of(),
                    new ScheduleEdit(periodId, dates, List.of(ProblemMessages.of(messages, e, locale)))));
        }
        return "assessment/periods";
    }

    private static Map<String, String> dates(Map<String, String> fields) {
        Map<String, String> dates = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            dates.put("opens_" + stage.name(), fields.getOrDefault("opens_" + stage.name(), ""));
            dates.put("closes_" + stage.name(), fields.getOrDefault("closes_" + stage.name(), ""));
        }
        return dates;
    }

    private static Integer year(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new AssessmentProblem("period.year.invalid", text, EvaluationYears.FIRST, EvaluationYears.LAST);
        }
    }

    private static List<StageWindow> windows(Map<String, String> dates) {
        List<StageWindow> windows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            try {
                windows.add(new StageWindow(stage, LocalDate.parse(dates.getOrDefault("opens_" + stage.name(), "")),
                        LocalDate.parse(dates.getOrDefault("closes_" + stage.name(), ""))));
            } catch (DateTimeParseException e) {
                throw new AssessmentProblem("period.stage.dates", stage);
            }
        }
        return windows;
    }

    private List<String> codes(PeriodForm form) {
        List<String> codes = new ArrayList<>(Arrays.asList(form.governments().split("[\\s,;]+")));
        if (form.allRegional()) {
            organization.governments(null, null, null).stream()
                    .filter(g -> g.category() != GovernmentCategory.INSTANSI_PUSAT)
                    .map(Government::code).forEach(codes::add);
        }
        return codes;
    }

    private PeriodForm emptyForm() {
        return new PeriodForm(Integer.toString(LocalDate.now(clock).getYear()), "", "", Map.of(), "", false, false);
    }

    private PeriodsPage page(Actor actor, PeriodForm form, String notice, List<String> errors, ScheduleEdit edit) {
        List<InstrumentOption> options = instruments.listPublished().stream()
                .map(p -> new InstrumentOption(p.instrument().code(), p.instrument().indexName() + " — "
                        + p.instrument().name() + " (v" + p.version().version() + ")"))
                .toList();
        return new PeriodsPage(evaluations.periods(actor), options, form, notice, errors, edit);
    }
}
