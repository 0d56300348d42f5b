package id.sinergi.demo;

import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import id.sinergi.framework.Indicator;
import id.sinergi.framework.Instrument;
import id.sinergi.framework.InstrumentCatalog;
import id.sinergi.identity.Directory;
import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A running evaluation for the demo Polewali Mandar, opened once (when the demo people exist and
 * no period of that year does): the 2026 period on the instrument the catalog holds for 2026, its
 * self-assessment open around today, every indicator assigned to the demo OPDs, and some
 * contributions in every state (draft, submitted, returned, approved). The period is marked sample
 * (and its name says so), so its results, once final and published, are labelled data contoh.
 */
@Component
class DemoEvaluation {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);
    static final int YEAR = 2026;
    static final String INSTRUMENT = "permenpanrb-8-2026";
    static final String GOVERNMENT = "76.04";

    private final boolean enabled;
    private final Directory directory;
    private final Organization organization;
    private final Evaluations evaluations;
    private final Contributions contributions;
    private final InstrumentCatalog instruments;
    private final Clock clock;

    DemoEvaluation(@Value("${sinergi.demo.enabled:false}") boolean demo,
            @Value("${sinergi.demo.evaluation:true}") boolean evaluation, Directory directory, Organization organization,
            Evaluations evaluations, Contributions contributions, InstrumentCatalog instruments, Clock clock) {
        this.enabled = demo && evaluation;
        this.directory = directory;
        this.organization = organization;
        this.evaluations = evaluations;
        this.contributions = contributions;
        this.instruments = instruments;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void onStart() {
        if (enabled) {
            seed();
        }
    }

    /** Opens the sample period unless it exists or the demo people are missing; returns it when opened. */
    Optional<EvaluationPeriod> seed() {
        Government polman = organization.governmentByCode(GOVERNMENT).orElse(null);
        var admins = directory.nationalAdmins();
        if (polman == null || admins.isEmpty()) {
            return Optional.empty();
        }
        var coordinators = directory.holders(Role.COORDINATOR, polman.id(), null);
        if (coordinators.isEmpty() || instruments.findPublished(INSTRUMENT).isEmpty()) {
            return Optional.empty();
        }
        Actor admin = new Actor(admins.get(0).userId(), admins.get(0).displayName(), List.of(Grant.nationalAdmin()));
        if (evaluations.periods(admin).stream().anyMatch(p -> p.year() == YEAR)) {
            return Optional.empty();
        }
        Actor coordinator = new Actor(coordinators.get(0).userId(), coordinators.get(0).displayName(),
                List.of(new Grant(Role.COORDINATOR, polman.id(), null)));
        EvaluationPeriod period = evaluations.open(admin, new OpenPeriod(YEAR, "Evaluasi Pemdi " + YEAR + " (data contoh)",
                INSTRUMENT, windows(LocalDate.now(clock)), List.of(GOVERNMENT), true));
        Instrument instrument = instruments.findVersion(period.instrumentCode(), period.instrumentVersion()).orElseThrow();
        List<Agency> agencies = organization.agencies(coordinator, polman.id()).stream().filter(Agency::active).toList();
        if (agencies.isEmpty()) {
            return Optional.of(period);
        }
        int i = 0;
        for (Indicator indicator : instrument.indicators()) {
            Agency agency = agencies.get(i % agencies.size());
            evaluations.assign(coordinator, polman.id(), period.id(), indicator.code(), List.of(agency.id()), agency.id());
            contribute(coordinator, polman.id(), period.id(), indicator, agency, i);
            i++;
        }
        log.info("Demo: opened '{}' for {} with {} indicators assigned", period.name(), polman.name(),
                instrument.indicators().size());
        return Optional.of(period);
    }

    /** Some contributions in every state; a third of the indicators are left for the visitor to try. */
    private void contribute(Actor coordinator, long governmentId, long periodId, Indicator indicator, Agency agency, int i) {
        var operators = directory.holders(Role.OPERATOR, governmentId, agency.id());
        if (operators.isEmpty() || i % 3 == 2) {
            return;
        }
        Actor operator = new Actor(operators.get(0).userId(), operators.get(0).displayName(),
                List.of(new Grant(Role.OPERATOR, governmentId, agency.id())));
        BigDecimal value = new BigDecimal(List.of("1.80", "2.40", "2.75", "3.10", "3.60").get(i % 5));
        String explanation = "Contoh: " + indicator.name() + " sudah diterapkan sebagian; dokumen pendukung sedang dihimpun.";
        Contribution draft = contributions.save(operator, governmentId, periodId, indicator.code(), agency.id(), value,
                explanation, 0, false);
        if (i % 3 == 1) {
            return;
        }
        Contribution submitted = contributions.save(operator, governmentId, periodId, indicator.code(), agency.id(),
                value, explanation, draft.version(), true);
        if (i % 6 == 0) {
            contributions.approve(coordinator, governmentId, periodId, submitted.id(), submitted.version());
        } else if (i % 9 == 3) {
            contributions.returnForRevision(coordinator, governmentId, periodId, submitted.id(), submitted.version(),
                    "Contoh: lampirkan dokumen yang sudah ditetapkan, bukan draf.");
        }
    }

    /** The self-assessment opened three weeks ago and closes in three and a half; the other stages follow. */
    static List<StageWindow> windows(LocalDate today) {
        List<StageWindow> windows = new ArrayList<>();
        LocalDate opens = today.minusDays(21);
        LocalDate closes = today.plusDays(24);
        windows.add(new StageWindow(Stage.SELF_ASSESSMENT, opens, closes));
        for (Stage stage : List.of(Stage.DOCUMENT, Stage.INTERVIEW, Stage.VISIT, Stage.FINAL)) {
            opens = closes.plusDays(1);
            closes = opens.plusDays(13);
            windows.add(new StageWindow(stage, opens, closes));
        }
        return windows;
    }
}
