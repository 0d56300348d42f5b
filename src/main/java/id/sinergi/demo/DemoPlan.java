package id.sinergi.demo;

import id.sinergi.identity.Directory;
import id.sinergi.organization.Government;
import id.sinergi.organization.Organization;
import id.sinergi.planning.Plans;
import id.sinergi.planning.Plans.NewIndicator;
import id.sinergi.planning.Plans.NewPlan;
import id.sinergi.planning.RegionalPlan;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Polewali Mandar's RPJMD 2021–2026 with the IKU "Indeks SPBE" (PermenPANRB 59/2020) targeted for
 * 2021–2025 and, from 2026, the new IKU "Indeks Pemdi" (PermenPANRB 8/2026, Pasal 11) with its own
 * target. The targets are NOT real figures: the plan is marked sample, so every page showing it
 * says "data contoh". Realisation comes from the real published results ({@link DemoResults}).
 * Created once, when the government has no plan yet.
 */
@Component
class DemoPlan {

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);
    static final String GOVERNMENT = "76.04";
    static final String NAME = "RPJMD 2021–2026 (data contoh)";

    /** Sample targets of the Indeks SPBE IKU per year (59/2020 scale). */
    static final Map<Integer, BigDecimal> SPBE_TARGETS = targets(2021, "2.60", "3.00", "3.50", "3.90", "4.50");
    /** The sample target of the Indeks Pemdi IKU (8/2026 scale). */
    static final Map<Integer, BigDecimal> PEMDI_TARGETS = targets(2026, "3.00");

    private final boolean enabled;
    private final Directory directory;
    private final Organization organization;
    private final Plans plans;

    DemoPlan(@Value("${sinergi.demo.enabled:false}") boolean enabled, Directory directory, Organization organization,
            Plans plans) {
        this.enabled = enabled;
        this.directory = directory;
        this.organization = organization;
        this.plans = plans;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void onStart() {
        if (enabled) {
            seed();
        }
    }

    /** Creates the sample plan unless the government has one; returns it when created. */
    Optional<RegionalPlan> seed() {
        Government polman = organization.governmentByCode(GOVERNMENT).orElse(null);
        var admins = directory.nationalAdmins();
        if (polman == null || admins.isEmpty()) {
            return Optional.empty();
        }
        Actor admin = new Actor(admins.get(0).userId(), admins.get(0).displayName(), List.of(Grant.nationalAdmin()));
        if (!plans.plans(admin, polman.id()).isEmpty()) {
            return Optional.empty();
        }
        RegionalPlan plan = plans.create(admin, polman.id(), new NewPlan(NAME, 2021, 2026,
                "Contoh; bukan dokumen Perda RPJMD yang sebenarnya", true, List.of(
                        new NewIndicator("Indeks SPBE", "permenpanrb-59-2020", 2021, 2025, null, SPBE_TARGETS),
                        new NewIndicator("Indeks Pemdi", "permenpanrb-8-2026", 2026, 2026, null, PEMDI_TARGETS))));
        log.info("Demo: created '{}' for {} (sample targets)", plan.name(), polman.name());
        return Optional.of(plan);
    }

    private static Map<Integer, BigDecimal> targets(int from, String... values) {
        Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            targets.put(from + i, new BigDecimal(values[i]));
        }
        return targets;
    }
}
