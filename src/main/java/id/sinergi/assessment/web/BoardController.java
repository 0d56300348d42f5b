package id.sinergi.assessment.web;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.AssessmentProblem;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.Stages;
import id.sinergi.assessment.ProblemMessages;
import id.sinergi.assessment.web.EvaluationPages.BoardPage;
import id.sinergi.assessment.web.EvaluationPages.GovernmentPeriodsPage;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A government's evaluations and, per period, the board of indicators and the OPDs assigned to them. */
@Controller
class BoardController {

    private final Evaluations evaluations;
    private final Stages stages;
    private final Organization organization;
    private final MessageSource messages;

    BoardController(Evaluations evaluations, Stages stages, Organization organization, MessageSource messages) {
        this.evaluations = evaluations;
        this.stages = stages;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/instansi/{governmentId}/evaluasi")
    String periods(Actor actor, @PathVariable long governmentId, Model model) {
        var periods = evaluations.periodsOf(actor, governmentId);
        List<Agency> own = organization.agencies(actor, governmentId).stream()
                .filter(a -> actor.grants().stream().anyMatch(g -> g.role() == id.sinergi.shared.Role.OPERATOR
                        && Long.valueOf(governmentId).equals(g.governmentId()) && Long.valueOf(a.id()).equals(g.agencyId())))
                .toList();
        model.addAttribute("page", new GovernmentPeriodsPage(government(governmentId), periods, own));
        return "assessment/government-periods";
    }

    @GetMapping("/instansi/{governmentId}/evaluasi/{periodId}")
    String board(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, Model model) {
        model.addAttribute("page", page(actor, governmentId, evaluations.board(actor, governmentId, periodId), null, List.of()));
        return "assessment/board";
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/penugasan")
    String assign(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @RequestParam(defaultValue = "") String indicatorCode,
            @RequestParam(name = "agencyId", required = false) List<Long> agencyIds,
            @RequestParam(required = false) Long leadAgencyId, Model model, Locale locale, HttpServletResponse response) {
        try {
            AssessmentBoard board = evaluations.assign(actor, governmentId, periodId, indicatorCode, agencyIds, leadAgencyId);
            model.addAttribute("page", page(actor, governmentId, board,
                    messages.getMessage("assignment.saved", new Object[] {indicatorCode}, locale), List.of()));
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, governmentId, evaluations.board(actor, governmentId, periodId), null,
                    List.of(ProblemMessages.of(messages, e, locale))));
        }
        return "assessment/board";
    }

    @PostMapping("/instansi/{governmentId}/evaluasi/{periodId}/bekukan")
    String freezeSelfAssessment(Actor actor, @PathVariable long governmentId, @PathVariable long periodId, Model model,
            Locale locale, HttpServletResponse response) {
        try {
            stages.freeze(actor, governmentId, periodId, Stage.SELF_ASSESSMENT);
            model.addAttribute("page", page(actor, governmentId, evaluations.board(actor, governmentId, periodId),
                    messages.getMessage("stage.frozenNotice", new Object[] {messages.getMessage("stage.SELF_ASSESSMENT", null, locale)}, locale),
                    List.of()));
        } catch (AssessmentProblem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", page(actor, governmentId, evaluations.board(actor, governmentId, periodId), null,
                    List.of(ProblemMessages.of(messages, e, locale))));
        }
        return "assessment/board";
    }

    private BoardPage page(Actor actor, long governmentId, AssessmentBoard board, String notice, List<String> errors) {
        List<Agency> agencies = organization.agencies(actor, governmentId).stream().filter(Agency::active).toList();
        return new BoardPage(government(governmentId), board, agencies, actor.canManage(governmentId),
                actor.isNationalAdmin() || actor.has(Role.ASSESSOR, governmentId),
                stages.snapshots(actor, governmentId, board.period().id()), notice, errors);
    }

    private Government government(long governmentId) {
        return organization.government(governmentId).orElseThrow(NotPermittedException::new);
    }
}
