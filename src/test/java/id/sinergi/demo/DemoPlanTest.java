package id.sinergi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.planning.KeyIndicator;
import id.sinergi.planning.Plans;
import id.sinergi.planning.RegionalPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo RPJMD: created once, its targets marked as sample data, the two IKUs on their own instruments. */
class DemoPlanTest extends WebTest {

    @Autowired
    DemoPlan demo;

    @Autowired
    Plans plans;

    @Test
    void theDemoPlanIsSampleDataCreatedOnce() {
        assertThat(demo.seed()).as("already created at start; a second start changes nothing").isEmpty();
        RegionalPlan plan = plans.plans(actor(ADMIN), governmentIdOf(POLMAN_COORDINATOR)).stream()
                .filter(p -> p.name().equals(DemoPlan.NAME)).findFirst().orElseThrow();
        assertThat(plan.sample()).isTrue();
        assertThat(plan.name()).contains("data contoh");
        assertThat(plan.indicators()).extracting(KeyIndicator::name, KeyIndicator::instrumentCode, KeyIndicator::fromYear,
                KeyIndicator::toYear).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Indeks SPBE", "permenpanrb-59-2020", 2021, 2025),
                        org.assertj.core.groups.Tuple.tuple("Indeks Pemdi", "permenpanrb-8-2026", 2026, 2026));
    }
}
