package id.sinergi.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mutation check of the tenancy rules: each authorisation check of the application is removed in turn
 * ({@link TenancyMutants}), and the isolation probes of {@link TenantIsolationTest} must then fail: a probe
 * answers with the victim's data or without refusing, or a row of the victim changed. As PIT does, a mutant
 * is tried only against the probes that ran its check when nothing was mutated; a check no probe runs
 * survives. Reads are tried before writes, so most mutants die before they can write.
 */
class TenancyMutationTest extends TenancyScenarios {

    private static final Logger LOG = LoggerFactory.getLogger(TenancyMutationTest.class);
    /**
     * The score the build keeps (41 of 86 when written, see docs/security.md): it may only go up. Survivors are
     * checks behind another check (a controller's, an earlier service's) or writes the probes' bodies do not reach.
     */
    static final int MINIMUM_KILLED = 41;

    @Test
    void removingAnAuthorisationCheckFailsTheIsolationProbes() {
        List<String> mutants = TenancyMutants.discover();
        assertThat(mutants).contains("require@id.sinergi.assessment.domain.ContributionService.workOf",
                "id.sinergi.shared.Actor.canRead");
        Victim victim = victimWorld();
        TenancyMutants.install();
        try {
            List<Probe> probes = probes(victim);
            Map<String, List<String>> tables = victimTables(victim);
            List<Set<String>> coverage = new ArrayList<>();
            for (Probe probe : probes) {
                TenancyMutants.record();
                probe.run().run();
                coverage.add(TenancyMutants.recorded());
            }
            assertThat(victimTables(victim)).as("the unmutated probes change nothing").isEqualTo(tables);

            Map<String, String> outcome = new LinkedHashMap<>();
            for (String mutant : mutants) {
                String killedBy = null;
                TenancyMutants.activate(mutant);
                try {
                    for (int i = 0; i < probes.size() && killedBy == null; i++) {
                        if (coverage.get(i).contains(mutant)) {
                            try {
                                probes.get(i).run().run();
                            } catch (AssertionError e) {
                                killedBy = probes.get(i).name();
                            }
                        }
                    }
                } finally {
                    TenancyMutants.activate(null);
                }
                Map<String, List<String>> after = victimTables(victim);
                if (!after.equals(tables)) {
                    killedBy = killedBy == null ? "a changed row of the victim" : killedBy;
                    victim = victimWorld();
                    probes = probes(victim);
                    tables = victimTables(victim);
                }
                outcome.put(mutant, killedBy);
            }
            long killed = outcome.values().stream().filter(k -> k != null).count();
            StringBuilder report = new StringBuilder("Tenancy mutants killed: " + killed + "/" + outcome.size());
            outcome.forEach((mutant, by) -> report.append("\n  ").append(by == null ? "SURVIVED " : "killed   ")
                    .append(mutant).append(by == null ? "" : "  <- " + by));
            LOG.info("{}", report);
            assertThat(outcome.get("require@id.sinergi.assessment.domain.ContributionService.workOf"))
                    .as("deleting the check in ContributionService.workOf is caught").isNotNull();
            assertThat(killed).as(report.toString()).isGreaterThanOrEqualTo(MINIMUM_KILLED);
        } finally {
            TenancyMutants.uninstall();
        }
    }

    /** The isolation probes, reads first: a mutant that lets a read through dies before it may write. */
    private List<Probe> probes(Victim victim) {
        List<Probe> probes = new ArrayList<>();
        probes.addAll(operatorOfAnotherOpd(victim));
        probes.addAll(operatorOfAnotherGovernment(victim));
        List<Probe> coordinator = coordinatorOfAnotherGovernment(victim);
        coordinator.stream().filter(p -> p.name().contains("method=GET")).forEach(probes::add);
        coordinator.stream().filter(p -> !p.name().contains("method=GET")).forEach(probes::add);
        return probes;
    }
}
