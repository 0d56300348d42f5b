package id.sinergi.assessment.web;

import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.IndexBreakdown;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.Stages;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The index of the current answers or of a frozen stage, with domain and aspect values and their explanations. */
@Controller
class IndexController {

    private final Stages stages;
    private final Evaluations evaluations;
    private final Organization organization;

    IndexController(Stages stages, Evaluations evaluations, Organization organization) {
        this.stages = stages;
        this.evaluations = evaluations;
        this.organization = organization;
    }

    @GetMapping("/instansi/{governmentId}/evaluasi/{periodId}/indeks")
    String index(Actor actor, @PathVariable long governmentId, @PathVariable long periodId,
            @RequestParam(name = "tahap", required = false) String stageName, Model model) {
        EvaluationPeriod period = evaluations.period(actor, governmentId, periodId);
        List<Stage> frozen = stages.snapshots(actor, governmentId, periodId).stream().map(s -> s.stage()).toList();
        Stage stage = stage(stageName, frozen);
        IndexBreakdown breakdown = stages.breakdown(actor, governmentId, periodId, stage);
        List<String> options = new ArrayList<>();
        options.add("");
        frozen.forEach(s -> options.add(s.name()));
        model.addAttribute("page", new EvaluationPages.IndexPage(
                organization.government(governmentId).orElseThrow(NotPermittedException::new), period, options,
                stage == null ? "" : stage.name(), breakdown));
        return "assessment/index";
    }

    /** Null for the current answers; a frozen stage by name; anything else is not a page. */
    static Stage stage(String name, List<Stage> frozen) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Stage stage = Stage.named(name);
        if (!frozen.contains(stage)) {
            throw new NotPermittedException();
        }
        return stage;
    }
}
