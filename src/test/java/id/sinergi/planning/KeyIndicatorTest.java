package id.sinergi.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageWindow;
import id.sinergi.organization.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import id.sinergi.monitoring.ResultSource;
import id.sinergi.monitoring.Results;
import id.sinergi.monitoring.Results.ResultEntry;
import id.sinergi.planning.Plans.NewIndicator;
import id.sinergi.planning.Plans.NewPlan;
import id.sinergi.shared.NotPermittedException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * IKU targets against realisation: achievement per year (exact, rounded once), a missing
 * realisation, the switch from Indeks SPBE (59/2020) to Indeks Pemdi (8/2026) without ever mixing
 * the two scales, target validation, the cascade to OPDs and who may read and change.
 */
class KeyIndicatorTest extends WebTest {

    static final String LEADER = "pimpinan.polman@sinergi.test";
    static final String CITY_COORDINATOR = "koordinator.gorontalokota@sinergi.test";

    @Autowired
    Plans plans;

    @Autowired
    Results results;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Organization organization;

    private RegionalPlan demoPlan() {
        return plans.plans(actor(LEADER), governmentIdOf(POLMAN_COORDINATOR)).stream()
                .filter(p -> p.name().contains("2021–2026")).findFirst().orElseThrow();
    }

    private static KeyIndicator named(RegionalPlan plan, String name) {
        return plan.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static KeyIndicator.YearRow year(KeyIndicator indicator, int year) {
        return indicator.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    @Test
    void achievementPerYearIsRealisationOverTargetRoundedOnce() {
        RegionalPlan plan = demoPlan();
        assertThat(plan.sample()).as("the demo targets are not real figures").isTrue();
        KeyIndicator spbe = named(plan, "Indeks SPBE");
        assertThat(spbe.instrumentCode()).isEqualTo("permenpanrb-59-2020");
        assertThat(spbe.years()).extracting(KeyIndicator.YearRow::year).containsExactly(2021, 2022, 2023, 2024, 2025);
        assertThat(spbe.years()).extracting(y -> y.realisation().toPlainString())
                .containsExactly("2.71", "3.58", "3.85", "3.88", "4.00");
        // 2.71/2.60 = 1.042307…, 3.58/3.00 = 1.19333…, 3.85/3.50 = 1.1, 3.88/3.90 = 0.994871…, 4.00/4.50 = 0.8888…
        assertThat(spbe.years()).extracting(y -> y.achievementPercent().toPlainString())
                .containsExactly("104.23", "119.33", "110.00", "99.49", "88.89");
        assertThat(spbe.years()).extracting(KeyIndicator.YearRow::status).containsExactly(AchievementStatus.REACHED,
                AchievementStatus.REACHED, AchievementStatus.REACHED, AchievementStatus.NEAR, AchievementStatus.BELOW);
    }

    @Test
    void statusComparesExactValuesAtTheBoundaries() {
        assertThat(Achievement.status(new BigDecimal("3.00"), new BigDecimal("3.00"))).isEqualTo(AchievementStatus.REACHED);
        assertThat(Achievement.status(new BigDecimal("2.70"), new BigDecimal("3.00"))).isEqualTo(AchievementStatus.NEAR);
        assertThat(Achievement.status(new BigDecimal("2.69"), new BigDecimal("3.00"))).isEqualTo(AchievementStatus.BELOW);
        // 3.99/4.00 = 99.75 % and 1.80/2.00 = 90.00 %: rounding never lifts a status
        assertThat(Achievement.status(new BigDecimal("3.99"), new BigDecimal("4.00"))).isEqualTo(AchievementStatus.NEAR);
        assertThat(Achievement.percent(new BigDecimal("2.00"), new BigDecimal("3.00"))).isEqualByComparingTo("66.67");
        assertThat(Achievement.percent(new BigDecimal("1.00"), new BigDecimal("8.00"))).isEqualByComparingTo("12.50");
        assertThat(Achievement.status(null, new BigDecimal("3.00"))).isEqualTo(AchievementStatus.NO_REALISATION);
        assertThat(Achievement.status(new BigDecimal("3.00"), null)).isEqualTo(AchievementStatus.NO_TARGET);
    }

    @Test
    void aYearWithoutAResultHasNoRealisationAndNoAchievement() {
        KeyIndicator pemdi = named(demoPlan(), "Indeks Pemdi");
        assertThat(pemdi.instrumentCode()).isEqualTo("permenpanrb-8-2026");
        KeyIndicator.YearRow y2026 = year(pemdi, 2026);
        assertThat(y2026.target()).isEqualByComparingTo("3.00");
        assertThat(y2026.realisation()).isNull();
        assertThat(y2026.achievementPercent()).isNull();
        assertThat(y2026.status()).isEqualTo(AchievementStatus.NO_REALISATION);
    }

    @Test
    void theSwitchToIndeksPemdiNeverMixesTheTwoScales() {
        long city = governmentIdOf(CITY_COORDINATOR);
        var coordinator = actor(CITY_COORDINATOR);
        RegionalPlan plan = plans.create(coordinator, city, new NewPlan("RPJMD uji 2088–2092", 2088, 2092, null, true, List.of(
                new NewIndicator("Indeks SPBE", "permenpanrb-59-2020", 2088, 2090, null,
                        Map.of(2089, new BigDecimal("3.00"), 2090, new BigDecimal("3.00"))),
                new NewIndicator("Indeks Pemdi", "permenpanrb-8-2026", 2091, 2092, null,
                        Map.of(2091, new BigDecimal("3.20"), 2092, new BigDecimal("3.20"))))));
        var admin = actor(ADMIN);
        results.record(admin, new ResultEntry(city, 2089, "permenpanrb-59-2020", new BigDecimal("3.30"), null, ResultSource.ENTRY, "uji", true));
        results.record(admin, new ResultEntry(city, 2090, "permenpanrb-8-2026", new BigDecimal("3.60"), null, ResultSource.ENTRY, "uji", true));
        results.record(admin, new ResultEntry(city, 2091, "permenpanrb-8-2026", new BigDecimal("3.20"), null, ResultSource.ENTRY, "uji", true));
        results.record(admin, new ResultEntry(city, 2092, "permenpanrb-59-2020", new BigDecimal("2.00"), null, ResultSource.ENTRY, "uji", true));

        RegionalPlan read = plans.plans(coordinator, city).stream().filter(p -> p.id() == plan.id()).findFirst().orElseThrow();
        KeyIndicator spbe = named(read, "Indeks SPBE");
        KeyIndicator pemdi = named(read, "Indeks Pemdi");
        assertThat(year(spbe, 2089).realisation()).isEqualByComparingTo("3.30");
        assertThat(year(spbe, 2089).achievementPercent()).isEqualByComparingTo("110.00");
        assertThat(year(spbe, 2090).realisation()).as("an 8/2026 result is never Indeks SPBE realisation").isNull();
        assertThat(year(spbe, 2090).achievementPercent()).isNull();
        assertThat(year(spbe, 2090).status()).isEqualTo(AchievementStatus.NOT_COMPARABLE);
        assertThat(year(spbe, 2090).otherInstrument()).isEqualTo("permenpanrb-8-2026");
        assertThat(year(pemdi, 2091).realisation()).isEqualByComparingTo("3.20");
        assertThat(year(pemdi, 2091).status()).isEqualTo(AchievementStatus.REACHED);
        assertThat(year(pemdi, 2092).realisation()).as("a 59/2020 result is never Indeks Pemdi realisation").isNull();
        assertThat(year(pemdi, 2092).status()).isEqualTo(AchievementStatus.NOT_COMPARABLE);
        assertThat(spbe.years()).extracting(KeyIndicator.YearRow::year).containsExactly(2088, 2089, 2090);
        assertThat(pemdi.years()).extracting(KeyIndicator.YearRow::year).containsExactly(2091, 2092);
        assertThat(year(spbe, 2088).status()).isEqualTo(AchievementStatus.NO_TARGET);
    }

    @Test
    void targetsMustLieOnTheInstrumentScaleWithinTheYearsAndNothingIsHalfWritten() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        var coordinator = actor(POLMAN_COORDINATOR);
        RegionalPlan plan = demoPlan();
        KeyIndicator spbe = named(plan, "Indeks SPBE");
        assertThat(problem(() -> plans.setTarget(coordinator, polman, plan.id(), spbe.id(), 2023, new BigDecimal("5.10"))))
                .isEqualTo("plan.target.range");
        assertThat(problem(() -> plans.setTarget(coordinator, polman, plan.id(), spbe.id(), 2023, new BigDecimal("0.90"))))
                .as("59/2020 starts at 1").isEqualTo("plan.target.range");
        assertThat(problem(() -> plans.setTarget(coordinator, polman, plan.id(), spbe.id(), 2023, new BigDecimal("3.505"))))
                .isEqualTo("plan.target.decimals");
        assertThat(problem(() -> plans.setTarget(coordinator, polman, plan.id(), spbe.id(), 2026, new BigDecimal("3.50"))))
                .as("the Indeks SPBE IKU ends in 2025").isEqualTo("plan.target.year");
        assertThat(problem(() -> plans.create(coordinator, polman, new NewPlan("X", 2030, 2025, null, false, List.of()))))
                .isEqualTo("plan.years.invalid");
        assertThat(problem(() -> plans.create(coordinator, polman, new NewPlan("X", 2008, 2017, null, false, List.of()))))
                .as("a plan must reach the first evaluated year").isEqualTo("plan.years.invalid");
        assertThat(problem(() -> plans.create(coordinator, polman, new NewPlan("RPJMD salah", 2030, 2034, null, false,
                List.of(new NewIndicator("Indeks Pemdi", "permenpanrb-8-2026", 2029, 2034, null, Map.of()))))))
                .isEqualTo("plan.indicator.years");
        assertThat(problem(() -> plans.create(coordinator, polman, new NewPlan("RPJMD salah", 2030, 2034, null, false,
                List.of(new NewIndicator("Indeks Pemdi", "permenpanrb-8-2026", 2030, 2034, null,
                        Map.of(2031, new BigDecimal("6.00"))))))))
                .isEqualTo("plan.target.range");
        assertThat(problem(() -> plans.create(coordinator, polman, new NewPlan("RPJMD salah", 2030, 2034, null, false,
                List.of(new NewIndicator("Indeks X", "tidak-ada", 2030, 2034, null, Map.of()))))))
                .isEqualTo("plan.instrument.unknown");
        assertThat(plans.plans(coordinator, polman)).noneMatch(p -> p.name().equals("RPJMD salah"));
        assertThat(year(named(demoPlan(), "Indeks SPBE"), 2023).target()).isEqualByComparingTo("3.50");

        var response = send(request("/api/v1/governments/" + polman + "/plans/" + plan.id() + "/indicators/" + spbe.id()
                + "/targets/2023").header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR))
                .header("Content-Type", "application/json").header("Accept-Language", "id")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"target\": 5.5}")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("detail").asString()).contains("5.5").contains("1").contains("5");
    }

    @Test
    void theCoordinatorSetsATargetAndTheChangeIsAudited() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        RegionalPlan plan = demoPlan();
        KeyIndicator pemdi = named(plan, "Indeks Pemdi");
        var response = send(request("/api/v1/governments/" + polman + "/plans/" + plan.id() + "/indicators/" + pemdi.id()
                + "/targets/2026").header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"target\": 3.25}")));
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            assertThat(year(named(demoPlan(), "Indeks Pemdi"), 2026).target()).isEqualByComparingTo("3.25");
            var audit = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/audit");
            assertThat(audit.body()).contains("plan.target");
        } finally {
            plans.setTarget(actor(POLMAN_COORDINATOR), polman, plan.id(), pemdi.id(), 2026, new BigDecimal("3.00"));
        }
    }

    @Test
    void theCoordinatorCreatesAPlanOverTheApiAndEditsATargetOnThePage() {
        long city = governmentIdOf(CITY_COORDINATOR);
        var created = send(request("/api/v1/governments/" + city + "/plans")
                .header("Authorization", "Bearer " + tokenOf(CITY_COORDINATOR)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "RPJMD 2025–2029", "startYear": 2025, "endYear": 2029, "indicators": [
                          {"name": "Indeks SPBE", "instrumentCode": "permenpanrb-59-2020", "fromYear": 2025, "toYear": 2025,
                           "targets": {"2025": 3.1}},
                          {"name": "Indeks Pemdi", "instrumentCode": "permenpanrb-8-2026", "fromYear": 2026, "toYear": 2029}]}
                        """)));
        assertThat(created.statusCode()).isEqualTo(201);
        long planId = json(created).path("id").asLong();
        long pemdi = json(created).path("indicators").get(1).path("id").asLong();
        assertThat(json(created).path("sample").asBoolean()).isFalse();

        Visitor coordinator = visitor().signIn(CITY_COORDINATOR, DEMO_PASSWORD);
        coordinator.get("/instansi/" + city + "/rpjmd");
        String path = "/instansi/" + city + "/rpjmd/" + planId + "/iku/" + pemdi + "/target";
        var refused = coordinator.post(path, Map.of("year", "2027", "target", "5,5"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Target 5.5 di luar skala Indeks Pemdi (1.00–5.00)");
        var saved = coordinator.post(path, Map.of("year", "2027", "target", "3,4"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Target tahun 2027 disimpan").contains("3,40");
        RegionalPlan plan = plans.plans(actor(CITY_COORDINATOR), city).stream().filter(p -> p.id() == planId).findFirst()
                .orElseThrow();
        assertThat(year(named(plan, "Indeks Pemdi"), 2027).target()).isEqualByComparingTo("3.40");
        assertThat(year(named(plan, "Indeks SPBE"), 2025).target()).isEqualByComparingTo("3.10");
    }

    @Test
    void onlyTheGovernmentsCoordinatorAndLeaderReadAndOnlyTheCoordinatorChanges() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        RegionalPlan plan = demoPlan();
        KeyIndicator spbe = named(plan, "Indeks SPBE");
        assertThatThrownBy(() -> plans.plans(actor(GORONTALO_PROVINCE_COORDINATOR), polman))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.plans(actor(POLMAN_DISKOMINFO_OPERATOR), polman))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.setTarget(actor(LEADER), polman, plan.id(), spbe.id(), 2023, new BigDecimal("3.00")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> plans.setTarget(actor(GORONTALO_PROVINCE_COORDINATOR), polman, plan.id(), spbe.id(), 2023,
                new BigDecimal("3.00"))).isInstanceOf(NotPermittedException.class);

        String path = "/api/v1/governments/" + polman + "/plans";
        assertThat(send(request(path).header("Authorization", "Bearer " + tokenOf(GORONTALO_PROVINCE_COORDINATOR)).GET())
                .statusCode()).isEqualTo(403);
        assertThat(send(request(path).header("Authorization", "Bearer " + tokenOf(POLMAN_DISKOMINFO_OPERATOR)).GET())
                .statusCode()).isEqualTo(403);
        assertThat(send(request(path).header("Authorization", "Bearer " + tokenOf(LEADER)).GET()).statusCode()).isEqualTo(200);
        String put = path + "/" + plan.id() + "/indicators/" + spbe.id() + "/targets/2023";
        for (String who : List.of(GORONTALO_PROVINCE_COORDINATOR, POLMAN_DISKOMINFO_OPERATOR, LEADER)) {
            assertThat(send(request(put).header("Authorization", "Bearer " + tokenOf(who))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"target\": 1.5}")))
                    .statusCode()).as(who).isEqualTo(403);
        }
        assertThat(visitor().signIn(GORONTALO_PROVINCE_COORDINATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/rpjmd")
                .statusCode()).isEqualTo(403);
        assertThat(visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/rpjmd")
                .statusCode()).isEqualTo(403);
        assertThat(year(named(demoPlan(), "Indeks SPBE"), 2023).target()).isEqualByComparingTo("3.50");
    }

    @Test
    void aTargetLevelIsCascadedToTheOpdThatLeadsTheIndicator() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        var coordinator = actor(POLMAN_COORDINATOR);
        RegionalPlan plan = plans.create(coordinator, polman, new NewPlan("RPJMD uji kaskade 2031–2035", 2031, 2035, null,
                true, List.of(new NewIndicator("Indeks Pemdi", "permenpanrb-8-2026", 2031, 2035, null,
                        Map.of(2031, new BigDecimal("3.10"))))));
        KeyIndicator pemdi = named(plan, "Indeks Pemdi");
        assertThat(problem(() -> plans.cascade(coordinator, polman, plan.id(), pemdi.id(), 2031, Map.of("X", BigDecimal.ONE))))
                .as("no period of 2031 yet").isEqualTo("plan.cascade.noPeriod");
        EvaluationPeriod period = openPeriod(2031, "permenpanrb-8-2026");
        long diskominfo = actor(POLMAN_DISKOMINFO_OPERATOR).grants().get(0).agencyId();
        long otherAgency = organization.agencies(coordinator, polman).stream()
                .filter(a -> a.active() && a.id() != diskominfo).findFirst().orElseThrow().id();
        List<AssessmentBoard.Row> rows = evaluations.board(coordinator, polman, period.id()).rows();
        AssessmentBoard.Row row = rows.get(0);
        AssessmentBoard.Row other = rows.get(1);
        AssessmentBoard.Row unassigned = rows.get(2);
        evaluations.assign(coordinator, polman, period.id(), row.indicatorCode(), List.of(diskominfo, otherAgency), diskominfo);
        evaluations.assign(coordinator, polman, period.id(), other.indicatorCode(), List.of(otherAgency), otherAgency);

        assertThat(problem(() -> plans.cascade(coordinator, polman, plan.id(), pemdi.id(), 2031,
                Map.of(unassigned.indicatorCode(), new BigDecimal("3.00"))))).isEqualTo("plan.cascade.unassigned");
        assertThat(problem(() -> plans.cascade(coordinator, polman, plan.id(), pemdi.id(), 2031,
                Map.of(row.indicatorCode(), new BigDecimal("3.50"), other.indicatorCode(), new BigDecimal("5.50")))))
                .isEqualTo("plan.cascade.level");
        assertThat(plans.agencyTargets(coordinator, polman)).noneMatch(t -> t.indicatorCode().equals(row.indicatorCode()));
        assertThatThrownBy(() -> plans.cascade(actor(LEADER), polman, plan.id(), pemdi.id(), 2031,
                Map.of(row.indicatorCode(), new BigDecimal("3.50")))).isInstanceOf(NotPermittedException.class);

        List<CascadedTarget> cascaded = plans.cascade(coordinator, polman, plan.id(), pemdi.id(), 2031,
                Map.of(row.indicatorCode(), new BigDecimal("3.50"), other.indicatorCode(), new BigDecimal("2.75")));
        assertThat(cascaded).anySatisfy(t -> {
            assertThat(t.indicatorCode()).isEqualTo(row.indicatorCode());
            assertThat(t.agencyId()).isEqualTo(diskominfo);
            assertThat(t.targetLevel()).isEqualByComparingTo("3.50");
        });
        List<CascadedTarget> own = plans.agencyTargets(actor(POLMAN_DISKOMINFO_OPERATOR), polman);
        assertThat(own).extracting(CascadedTarget::indicatorCode).contains(row.indicatorCode())
                .doesNotContain(other.indicatorCode());
        var page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/target-opd");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(row.indicatorCode()).contains("3,50");
        assertThat(visitor().signIn(GORONTALO_PROVINCE_COORDINATOR, DEMO_PASSWORD).get("/instansi/" + polman + "/target-opd")
                .statusCode()).isEqualTo(403);
        Map<String, BigDecimal> removal = new java.util.HashMap<>();
        removal.put(row.indicatorCode(), null);
        removal.put(other.indicatorCode(), null);
        plans.cascade(coordinator, polman, plan.id(), pemdi.id(), 2031, removal);
        assertThat(plans.agencyTargets(coordinator, polman)).noneMatch(t -> t.indicatorCode().equals(row.indicatorCode()));
    }

    private EvaluationPeriod openPeriod(int year, String instrument) {
        LocalDate today = clock.today();
        List<StageWindow> windows = new ArrayList<>();
        windows.add(new StageWindow(Stage.SELF_ASSESSMENT, today.minusDays(1), today.plusDays(30)));
        LocalDate opens = today.plusDays(31);
        for (Stage stage : List.of(Stage.DOCUMENT, Stage.INTERVIEW, Stage.VISIT, Stage.FINAL)) {
            windows.add(new StageWindow(stage, opens, opens.plusDays(9)));
            opens = opens.plusDays(10);
        }
        return evaluations.open(actor(ADMIN), new OpenPeriod(year, null, instrument, windows, List.of("76.04")));
    }

    private static String problem(Runnable action) {
        try {
            action.run();
        } catch (PlanningProblem e) {
            return e.messageKey();
        }
        throw new AssertionError("expected a PlanningProblem");
    }
}
