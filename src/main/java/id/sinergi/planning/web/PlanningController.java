package id.sinergi.planning.web;

import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.planning.CascadedTarget;
import id.sinergi.planning.Dashboard;
import id.sinergi.planning.KeyIndicator;
import id.sinergi.planning.LeadershipDashboard;
import id.sinergi.planning.PlanningProblem;
import id.sinergi.planning.Plans;
import id.sinergi.planning.Plans.NewIndicator;
import id.sinergi.planning.Plans.NewPlan;
import id.sinergi.planning.RegionalPlan;
import id.sinergi.planning.web.PlanningPages.AgencyTargetsPage;
import id.sinergi.planning.web.PlanningPages.CascadePage;
import id.sinergi.planning.web.PlanningPages.DashboardPage;
import id.sinergi.planning.web.PlanningPages.PlansPage;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import id.sinergi.shared.Problem;
import jakarta.servlet.http.HttpServletResponse;
import id.sinergi.shared.DecimalInput;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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

/** RPJMD and IKU targets, their cascade to OPDs, an OPD's targets, and the leadership dashboard. */
@Controller
class PlanningController {

    private final Plans plans;
    private final LeadershipDashboard dashboards;
    private final Evaluations evaluations;
    private final InstrumentCatalog instruments;
    private final Organization organization;
    private final MessageSource messages;

    PlanningController(Plans plans, LeadershipDashboard dashboards, Evaluations evaluations, InstrumentCatalog instruments,
            Organization organization, MessageSource messages) {
        this.plans = plans;
        this.dashboards = dashboards;
        this.evaluations = evaluations;
        this.instruments = instruments;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/instansi/{governmentId}/rpjmd")
    String plans(Actor actor, @PathVariable long governmentId, Model model, Locale locale) {
        model.addAttribute("page", plansPage(actor, governmentId, locale, null, List.of()));
        return "planning/plans";
    }

    @PostMapping("/instansi/{governmentId}/rpjmd")
    String create(Actor actor, @PathVariable long governmentId, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) String startYear, @RequestParam(required = false) String endYear,
            @RequestParam(defaultValue = "") String documentReference, Model model, Locale locale,
            HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            RegionalPlan plan = plans.create(actor, governmentId, new NewPlan(name, integer(startYear), integer(endYear),
                    documentReference, false, List.of()));
            return messages.getMessage("plan.created", new Object[] {plan.name()}, locale);
        });
    }

    @PostMapping("/instansi/{governmentId}/rpjmd/{planId}/iku")
    String addIndicator(Actor actor, @PathVariable long governmentId, @PathVariable long planId,
            @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String instrumentCode,
            @RequestParam(required = false) String fromYear, @RequestParam(required = false) String toYear,
            @RequestParam(required = false) String baseline, Model model, Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            plans.addIndicator(actor, governmentId, planId, new NewIndicator(name, instrumentCode, integer(fromYear),
                    integer(toYear), decimal(baseline), Map.of()));
            return messages.getMessage("plan.indicator.created", new Object[] {name.strip()}, locale);
        });
    }

    @PostMapping("/instansi/{governmentId}/rpjmd/{planId}/iku/{indicatorId}/target")
    String target(Actor actor, @PathVariable long governmentId, @PathVariable long planId, @PathVariable long indicatorId,
            @RequestParam(required = false) String year, @RequestParam(required = false) String target, Model model,
            Locale locale, HttpServletResponse response) {
        return change(actor, governmentId, model, locale, response, () -> {
            Integer y = integer(year);
            if (y == null) {
                throw new PlanningProblem("plan.target.yearRequired");
            }
            plans.setTarget(actor, governmentId, planId, indicatorId, y, decimal(target));
            return messages.getMessage("plan.target.saved", new Object[] {y}, locale);
        });
    }

    @GetMapping("/instansi/{governmentId}/rpjmd/{planId}/iku/{indicatorId}/kaskade/{year}")
    String cascade(Actor actor, @PathVariable long governmentId, @PathVariable long planId, @PathVariable long indicatorId,
            @PathVariable int year, Model model) {
        model.addAttribute("page", cascadePage(actor, governmentId, planId, indicatorId, year, null, List.of()));
        return "planning/cascade";
    }

    @PostMapping("/instansi/{governmentId}/rpjmd/{planId}/iku/{indicatorId}/kaskade/{year}")
    String saveCascade(Actor actor, @PathVariable long governmentId, @PathVariable long planId,
            @PathVariable long indicatorId, @PathVariable int year, @RequestParam Map<String, String> form, Model model,
            Locale locale, HttpServletResponse response) {
        if (!actor.canManage(governmentId)) {
            throw new NotPermittedException();
        }
        String notice = null;
        List<String> errors = List.of();
        try {
            Map<String, BigDecimal> levels = new LinkedHashMap<>();
            form.forEach((key, value) -> {
                if (key.startsWith("level.")) {
                    levels.put(key.substring("level.".length()), decimal(value));
                }
            });
            plans.cascade(actor, governmentId, planId, indicatorId, year, levels);
            notice = messages.getMessage("plan.cascade.saved", new Object[] {year}, locale);
        } catch (Problem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(message(e, locale));
        }
        model.addAttribute("page", cascadePage(actor, governmentId, planId, indicatorId, year, notice, errors));
        return "planning/cascade";
    }

    @GetMapping("/instansi/{governmentId}/target-opd")
    String agencyTargets(Actor actor, @PathVariable long governmentId, Model model) {
        List<CascadedTarget> targets = plans.agencyTargets(actor, governmentId);
        model.addAttribute("page", new AgencyTargetsPage(government(governmentId), targets));
        return "planning/agency-targets";
    }

    @GetMapping("/instansi/{governmentId}/dasbor")
    String dashboard(Actor actor, @PathVariable long governmentId, Model model, Locale locale) {
        Dashboard dashboard = dashboards.of(actor, governmentId);
        boolean english = english(locale);
        Map<Long, String> charts = targetCharts(dashboard.plans(), locale);
        String trend = dashboard.trend().isEmpty() ? null
                : Charts.trend(dashboard.trend(), english, messages.getMessage("dashboard.instrumentBreak", null, locale));
        String domains = dashboard.breakdown() == null || dashboard.breakdown().domains().isEmpty() ? null
                : Charts.parts(dashboard.breakdown().domains(), english);
        String aspects = dashboard.breakdown() == null ? null : Charts.parts(dashboard.breakdown().aspects(), english);
        model.addAttribute("page", new DashboardPage(government(governmentId), dashboard, charts, trend, domains, aspects,
                actor.canManage(governmentId)));
        return "planning/dashboard";
    }

    private interface Change {
        String apply();
    }

    private String change(Actor actor, long governmentId, Model model, Locale locale, HttpServletResponse response,
            Change change) {
        if (!actor.canManage(governmentId)) {
            throw new NotPermittedException();
        }
        String notice = null;
        List<String> errors = List.of();
        try {
            notice = change.apply();
        } catch (Problem e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            errors = List.of(message(e, locale));
        }
        model.addAttribute("page", plansPage(actor, governmentId, locale, notice, errors));
        return "planning/plans";
    }

    private PlansPage plansPage(Actor actor, long governmentId, Locale locale, String notice, List<String> errors) {
        List<RegionalPlan> list = plans.plans(actor, governmentId);
        return new PlansPage(government(governmentId), list, actor.canManage(governmentId), instruments.listPublished(),
                targetCharts(list, locale), notice, errors);
    }

    private CascadePage cascadePage(Actor actor, long governmentId, long planId, long indicatorId, int year, String notice,
            List<String> errors) {
        RegionalPlan plan = plans.plans(actor, governmentId).stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow(NotPermittedException::new);
        KeyIndicator indicator = plan.indicators().stream().filter(i -> i.id() == indicatorId).findFirst()
                .orElseThrow(NotPermittedException::new);
        EvaluationPeriod period = evaluations.periodsOf(actor, governmentId).stream()
                .filter(p -> p.year() == year && p.instrumentCode().equals(indicator.instrumentCode())).findFirst().orElse(null);
        AssessmentBoard board = period == null ? null : evaluations.board(actor, governmentId, period.id());
        Map<String, CascadedTarget> targets = indicator.cascade().stream().filter(c -> c.year() == year)
                .collect(Collectors.toMap(CascadedTarget::indicatorCode, Function.identity()));
        return new CascadePage(government(governmentId), plan, indicator, year, board, targets, notice, errors);
    }

    private Map<Long, String> targetCharts(List<RegionalPlan> list, Locale locale) {
        Map<Long, String> charts = new LinkedHashMap<>();
        String target = messages.getMessage("plan.target", null, locale);
        String realisation = messages.getMessage("plan.realisation", null, locale);
        for (RegionalPlan plan : list) {
            for (KeyIndicator indicator : plan.indicators()) {
                charts.put(indicator.id(), Charts.targetVersusRealisation(indicator, english(locale), target, realisation));
            }
        }
        return charts;
    }

    private String message(Problem e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments().toArray(), locale);
    }

    private Government government(long governmentId) {
        return organization.government(governmentId).orElseThrow(NotPermittedException::new);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new PlanningProblem("plan.notANumber", DecimalInput.shown(text));
        }
    }

    /** A decimal as typed, with a comma or a point; blank is none. */
    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return DecimalInput.parse(text).orElseThrow(() -> new PlanningProblem("plan.notANumber",
                DecimalInput.shown(text)));
    }
}
