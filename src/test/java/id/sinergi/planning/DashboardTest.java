package id.sinergi.planning;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.assessment.AssessmentBoard;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.assessment.Stage;
import id.sinergi.assessment.StageSnapshot;
import id.sinergi.assessment.StageWindow;
import id.sinergi.assessment.Stages;
import id.sinergi.monitoring.GovernmentResult;
import id.sinergi.monitoring.Ranking;
import id.sinergi.monitoring.Results;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The leadership dashboard of the demo Polewali Mandar: the numbers on the page and in the API, and who may see them. */
class DashboardTest extends WebTest {

    static final String LEADER = "pimpinan.polman@sinergi.test";

    @Autowired
    LeadershipDashboard dashboards;

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Stages stages;

    @Autowired
    Results results;

    /**
     * A period of this test's own (other tests open Polewali Mandar periods of other years; the
     * dashboard shows the latest), with two indicators assigned and one contribution submitted.
     */
    @BeforeEach
    void aRunningPeriod() {
        synchronized (DashboardTest.class) {
            if (opened) {
                return;
            }
            long polman = governmentIdOf(POLMAN_COORDINATOR);
            LocalDate today = clock.today();
            List<StageWindow> windows = new ArrayList<>();
            windows.add(new StageWindow(Stage.SELF_ASSESSMENT, today.minusDays(1), today.plusDays(30)));
            LocalDate opens = today.plusDays(31);
            for (Stage stage : List.of(Stage.DOCUMENT, Stage.INTERVIEW, Stage.VISIT, Stage.FINAL)) {
                windows.add(new StageWindow(stage, opens, opens.plusDays(9)));
                opens = opens.plusDays(10);
            }
            EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2032, null, "permenpanrb-8-2026", windows,
                    List.of("76.04")));
            var coordinator = actor(POLMAN_COORDINATOR);
            var operator = actor(POLMAN_DISKOMINFO_OPERATOR);
            long diskominfo = operator.grants().get(0).agencyId();
            var rows = evaluations.board(coordinator, polman, period.id()).rows();
            for (int i = 0; i < 2; i++) {
                evaluations.assign(coordinator, polman, period.id(), rows.get(i).indicatorCode(), List.of(diskominfo), diskominfo);
            }
            contributions.save(operator, polman, period.id(), rows.get(0).indicatorCode(), diskominfo, new BigDecimal("2.40"),
                    "Uji dasbor", 0, true);
            opened = true;
        }
    }

    private static boolean opened;

    @Test
    void theLeaderSeesTheLatestIndexTrendTargetsRanksParticipationAndLeverage() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        var response = visitor().signIn(LEADER, DEMO_PASSWORD).get("/instansi/" + polman + "/dasbor");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("Dasbor pimpinan").contains("id=\"sample-label\"").contains("data contoh");
        GovernmentResult latest = latest(polman);
        assertThat(html).contains("id=\"latest-index\">" + latest.index().toPlainString().replace('.', ',') + "<")
                .contains("id=\"latest-predicate\">" + latest.predicate() + "<");
        if (latest.year() == 2025) {
            assertThat(latest.index()).as("the demo's latest real result").isEqualByComparingTo("4.00");
        }
        String targets = section(html, "target-realisation");
        assertThat(targets).contains("<svg").contains("Indeks SPBE").contains("Indeks Pemdi")
                .contains("104,23 %").contains("119,33 %").contains("110,00 %").contains("99,49 %").contains("88,89 %")
                .contains("hampir tercapai").contains("belum tercapai").contains("belum ada realisasi").contains("data contoh");
        String trend = section(html, "trend");
        assertThat(trend).contains("<svg").contains("instrumen berganti").contains("permenpanrb-5-2018")
                .contains("3,30").contains("2,71");
        StageSnapshot last = lastFinal(polman);
        if (last == null) {
            assertThat(section(html, "breakdown")).contains("Belum ada tahap final yang dibekukan");
        } else {
            assertThat(section(html, "breakdown")).contains("id=\"breakdown-table\"").contains("<svg")
                    .contains(last.index().replace('.', ','));
        }
        String ranks = section(html, "ranks");
        assertThat(ranks).contains("Nasional").contains("Indonesia Timur").contains("Sulawesi");
        Dashboard.Participation expected = dashboards.of(actor(LEADER), polman).participation();
        String participation = section(html, "participation");
        assertThat(participation).contains(expected.periodName()).contains("id=\"participation-table\"")
                .contains("penugasan " + expected.assigned() + " · dijawab " + expected.answered() + " · disetujui "
                        + expected.approved())
                .contains("Rata-rata waktu reviu", "keputusan");
        assertThat(section(html, "opportunities")).contains("id=\"opportunity-table\"");
    }

    @Test
    void theApiGivesTheSameNumbers() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        var response = send(request("/api/v1/governments/" + polman + "/dashboard")
                .header("Authorization", "Bearer " + tokenOf(LEADER)).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode d = json(response);
        assertThat(d.path("sample").asBoolean()).isTrue();
        GovernmentResult latest = latest(polman);
        assertThat(d.path("latest").path("year").asInt()).isEqualTo(latest.year());
        assertThat(d.path("latest").path("index").decimalValue()).isEqualByComparingTo(latest.index());
        assertThat(d.path("latest").path("predicate").asString()).isEqualTo(latest.predicate());
        StageSnapshot last = lastFinal(polman);
        if (last == null) {
            assertThat(d.path("breakdown").isNull()).isTrue();
        } else {
            assertThat(d.path("breakdown").path("index").asString()).isEqualTo(last.index());
            assertThat(d.path("breakdown").path("aspects").size()).isPositive();
        }
        JsonNode trend = d.path("trend");
        assertThat(trend.get(0).path("instrumentCode").asString()).isEqualTo("permenpanrb-5-2018");
        assertThat(trend.get(1).path("breakBefore").asBoolean()).as("2021 changes the instrument").isTrue();
        assertThat(trend.get(2).path("breakBefore").asBoolean()).isFalse();
        JsonNode plan = null;
        for (JsonNode p : d.path("plans")) {
            if (p.path("name").asString().equals("RPJMD 2021–2026 (data contoh)")) {
                plan = p;
            }
        }
        assertThat(plan).isNotNull();
        JsonNode spbe = plan.path("indicators").get(0);
        assertThat(spbe.path("name").asString()).isEqualTo("Indeks SPBE");
        assertThat(spbe.path("years").get(3).path("achievementPercent").decimalValue()).isEqualByComparingTo("99.49");
        assertThat(spbe.path("years").get(3).path("status").asString()).isEqualTo("NEAR");
        JsonNode pemdi = plan.path("indicators").get(1);
        assertThat(pemdi.path("years").get(0).path("status").asString()).isEqualTo("NO_REALISATION");
        List<String> scopes = new ArrayList<>();
        d.path("ranks").forEach(r -> scopes.add(r.path("scope").asString()));
        assertThat(scopes).contains("NATIONAL", "CATEGORY", "REGION", "INDONESIA_TIMUR");
        JsonNode national = d.path("ranks").get(0);
        List<Ranking.Ranked> expected = Ranking.of(results.publishedOf(national.path("year").asInt()).stream()
                .filter(r -> r.instrumentCode().equals("permenpanrb-59-2020")).toList());
        Ranking.Ranked mine = expected.stream().filter(r -> r.result().governmentId() == polman).findFirst().orElseThrow();
        assertThat(national.path("rank").asInt()).isEqualTo(mine.rank());
        assertThat(national.path("of").asInt()).isEqualTo(expected.size());
        assertThat(national.path("tied").asBoolean()).isEqualTo(mine.tied());
        JsonNode participation = d.path("participation");
        AssessmentBoard board = evaluations.board(actor(LEADER), polman, participation.path("periodId").asLong());
        assertThat(participation.path("year").asInt()).isGreaterThanOrEqualTo(2032);
        assertThat(participation.path("agencies").size()).isEqualTo(board.agencyProgress().size());
        assertThat(participation.path("reviews").path("decisions").asLong()).isEqualTo(board.reviews().decisions());
        int assigned = 0;
        for (JsonNode agency : participation.path("agencies")) {
            assigned += agency.path("assigned").asInt();
        }
        assertThat(participation.path("assigned").asInt()).isEqualTo(assigned).isPositive();
        JsonNode opportunities = d.path("opportunities");
        assertThat(opportunities.size()).isBetween(1, 5);
        BigDecimal current = new BigDecimal(board.index().index());
        BigDecimal best = board.rows().stream().filter(r -> r.oneLevelUp() != null)
                .map(r -> new BigDecimal(r.oneLevelUp().index()).subtract(current)).max(BigDecimal::compareTo).orElseThrow();
        assertThat(opportunities.get(0).path("adds").decimalValue()).isEqualByComparingTo(best);
        BigDecimal previous = null;
        for (JsonNode o : opportunities) {
            BigDecimal adds = o.path("adds").decimalValue();
            assertThat(adds).isEqualByComparingTo(new BigDecimal(o.path("indexThen").asString()).subtract(current));
            assertThat(adds).isPositive();
            if (previous != null) {
                assertThat(adds).isLessThanOrEqualTo(previous);
            }
            previous = adds;
        }
    }

    @Test
    void onlyTheGovernmentsLeaderCoordinatorAndNationalAdminsSeeIt() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String page = "/instansi/" + polman + "/dasbor";
        assertThat(visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD).get(page).statusCode()).isEqualTo(200);
        assertThat(visitor().signIn(ADMIN, DEMO_PASSWORD).get(page).statusCode()).isEqualTo(200);
        assertThat(visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD).get(page).statusCode()).isEqualTo(403);
        assertThat(visitor().signIn(GORONTALO_PROVINCE_COORDINATOR, DEMO_PASSWORD).get(page).statusCode()).isEqualTo(403);
        String api = "/api/v1/governments/" + polman + "/dashboard";
        assertThat(send(request(api).header("Authorization", "Bearer " + tokenOf(POLMAN_DISKOMINFO_OPERATOR)).GET())
                .statusCode()).isEqualTo(403);
        assertThat(send(request(api).header("Authorization", "Bearer " + tokenOf(GORONTALO_PROVINCE_COORDINATOR)).GET())
                .statusCode()).isEqualTo(403);
        var workspace = visitor().signIn(LEADER, DEMO_PASSWORD).get("/beranda").body();
        assertThat(workspace).contains("href=\"" + page + "\"").contains("href=\"/instansi/" + polman + "/rpjmd\"");
    }

    /** The government's latest result as its leader sees it (other tests may add later, unpublished ones). */
    private GovernmentResult latest(long polman) {
        List<GovernmentResult> own = results.ofGovernment(actor(LEADER), polman);
        return own.get(own.size() - 1);
    }

    /** The frozen final stage of the latest period that has one (another test may have finished a whole period). */
    private StageSnapshot lastFinal(long polman) {
        return evaluations.periodsOf(actor(LEADER), polman).stream()
                .sorted(java.util.Comparator.comparingInt(EvaluationPeriod::year).thenComparingLong(EvaluationPeriod::id)
                        .reversed())
                .flatMap(p -> stages.snapshots(actor(LEADER), polman, p.id()).stream().filter(s -> s.stage() == Stage.FINAL))
                .findFirst().orElse(null);
    }

    /** The HTML of one {@code <section id=...>} of the page. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }
}
