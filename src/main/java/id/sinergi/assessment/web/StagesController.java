package id.sinergi.assessment.web;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.ConflictException;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.ProblemMessages;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageValue;
import id.sinergi.assessment.Stages;
import id.sinergi.assessment.web.EvaluationPages.StagePage;
import id.sinergi.assessment.web.EvaluationPages.StageRow;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Assessors enter each stage's values, see the gap to the self-assessment, and freeze the stage. */
@Controller
class StagesController {

    private final Stages stages;
    private final Evaluations evaluations;
    private final InstrumentCatalog instruments;
    private final Organization organization;
    private final MessageSource messages;

    StagesController(Stages stages, Evaluations evaluations, InstrumentCatalog instruments, Organization organization,
            MessageSource messages) {
        this.stages = stages;
        this.evaluations = evaluations;
        this.instruments = instruments;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/instansi/{governmentId}/evaluasi/{periodId}/tahap/{stage}")
    String show(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, @PathVariable String stage,
            Model model) {
        model.addAttribute("page", page(actor, governmentId, periodId, stage(stage), null, List.of()));
        return "assessment/stage";
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/tahap/{stage}")
    String enter(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, @PathVariable String stage,
            @RequestParam(defaultValue = "") String indicatorCode, @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String recommendation,
            @RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String action,
            Model model, Locale locale, HttpServletResponse response) {
        Stage chosen = stage(stage);
        String notice = null;
        List<String> errors = List.of();
        try {
            if ("bekukan".equals(action)) {
                stages.freeze(actor, governmentId, periodId, chosen);
                notice = messages.getMessage("stage.frozenNotice", new Object[] {messages.getMessage("stage." + chosen.name(), null, locale)}, locale);
            } else {
                stages.enter(actor, governmentId, periodId, chosen, indicatorCode, FormValues.decimal(value), note, recommendation, version);
                notice = messages.getMessage("stage.saved", new Object[] {indicatorCode}, locale);
            }
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(ProblemMessages.of(messages, e, locale));
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            errors = List.of(messages.getMessage("contribution.conflict", null, locale));
        }
        model.addAttribute("page", page(actor, governmentId, periodId, chosen, notice, errors));
        return "assessment/stage";
    }

    /** An assessor stage by name; the self-assessment is the answers, not a stage page. */
    private static Stage stage(String text) {
        Stage stage = Stage.named(text);
        if (stage == Stage.SELF_ASSESSMENT) {
            throw new NotPermittedException();
        }
        return stage;
    }


    private StagePage page(Actor actor, long governmentId, long periodId, Stage stage, String notice, List<String> errors) {
        AssessmentBoard board = evaluations.board(actor, governmentId, periodId);
        Map<String, StageValue> values = stages.values(actor, governmentId, periodId, stage).stream()
                .collect(Collectors.toMap(StageValue::indicatorCode, Function.identity()));
        boolean frozen = stages.snapshots(actor, governmentId, periodId).stream().anyMatch(s -> s.stage() == stage);
        var instrument = instruments.findVersion(board.period().instrumentCode(), board.period().instrumentVersion())
                .orElseThrow();
        var scale = instrument.valueScale();
        List<String> myAspects = actor.assessorAspects(governmentId);
        Map<String, String> aspectOf = instrument.indicators().stream()
                .collect(Collectors.toMap(id.sinergi.framework.Indicator::code, id.sinergi.framework.Indicator::aspectCode));
        List<StageRow> rows = board.rows().stream().map(r -> {
            StageValue value = values.get(r.indicatorCode());
            String gap = value == null || r.answer() == null ? null : value.value().subtract(r.answer()).toPlainString();
            return new StageRow(r.indicatorCode(), r.indicatorName(), r.answer(), value, gap,
                    myAspects.isEmpty() || myAspects.contains(aspectOf.get(r.indicatorCode())));
        }).toList();
        Map<Long, String> names = organization.agencies(actor, governmentId).stream()
                .collect(Collectors.toMap(id.sinergi.organization.Agency::id, id.sinergi.organization.Agency::name));
        List<EvaluationPages.AgencyGapRow> gaps = stages.gapsByAgency(actor, governmentId, periodId, stage).stream()
                .map(g -> new EvaluationPages.AgencyGapRow(names.getOrDefault(g.agencyId(), "#" + g.agencyId()), g))
                .sorted(java.util.Comparator.comparing(EvaluationPages.AgencyGapRow::agencyName)).toList();
        return new StagePage(organization.government(governmentId).orElseThrow(NotPermittedException::new),
                board.period(), stage, rows, gaps, frozen, actor.isNationalAdmin() || actor.has(Role.ASSESSOR, governmentId),
                myAspects,
                scale.integerOnly(), scale.min().toPlainString(), scale.max().toPlainString(), notice, errors);
    }
}
