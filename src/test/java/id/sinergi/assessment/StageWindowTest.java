package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Indicator;
import id.sinergi.notification.Notifications;
import id.sinergi.shared.Actor;
import id.sinergi.shared.NotPermittedException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage windows are enforced by the date in Jakarta: OPDs save and submit only inside the
 * self-assessment window (both ends included), assessors enter values only inside their stage's
 * window, the coordinator reviews and freezes without one, and the national admin moves a window
 * to extend a deadline. Each test's period lies in its own year, its windows in that year, and the
 * test clock is set to the day that matters.
 */
class StageWindowTest extends WebTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Stages stages;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditLog audit;

    private long polman;
    private long diskominfo;
    private Actor operator;
    private Actor coordinator;

    @BeforeEach
    void people() {
        polman = governmentIdOf(POLMAN_COORDINATOR);
        operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        coordinator = actor(POLMAN_COORDINATOR);
        diskominfo = operator.grants().get(0).agencyId();
    }

    /** A period of its own year, self-assessment 1–30 March of that year, indicators 1 and 2 assigned to Diskominfo. */
    private EvaluationPeriod period(String instrument, String... indicators) {
        int year = YEARS.incrementAndGet();
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(year, null, instrument,
                EvaluationPeriodTest.scheduleFrom(LocalDate.of(year, 3, 1)), List.of("76.04")));
        for (String code : indicators) {
            evaluations.assign(coordinator, polman, period.id(), code, List.of(diskominfo), null);
        }
        return period;
    }

    private Contribution save(EvaluationPeriod period, String code, int version, boolean submit) {
        return contributions.save(operator, polman, period.id(), code, diskominfo, new BigDecimal("3"),
                "Perbup sudah ditetapkan.", version, submit);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(AssessmentProblem.class)
                .extracting(e -> ((AssessmentProblem) e).messageKey()).isEqualTo(key);
    }

    @Test
    void operatorsSaveAndSubmitOnlyInsideTheSelfAssessmentWindowBothEndsIncluded() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020, "1", "2");
        StageWindow self = period.window(Stage.SELF_ASSESSMENT);

        clock.setToday(self.opensOn().minusDays(1));
        assertRefused(() -> save(period, "1", 0, false), "stage.window.notYetOpen");

        clock.setToday(self.opensOn());
        Contribution draft = save(period, "1", 0, false);

        clock.setToday(self.closesOn().plusDays(1));
        assertRefused(() -> save(period, "1", draft.version(), true), "stage.window.closed");
        assertRefused(() -> save(period, "2", 0, false), "stage.window.closed");

        clock.setToday(self.closesOn());
        assertThat(save(period, "1", draft.version(), true).status()).isEqualTo(IndicatorStatus.SUBMITTED);
    }

    @Test
    void aRefusalIsA400NamingTheWindowInIndonesian() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020, "1");
        StageWindow self = period.window(Stage.SELF_ASSESSMENT);
        clock.setToday(self.closesOn().plusDays(1));
        String path = "/api/v1/governments/" + polman + "/assessments/" + period.id() + "/agencies/" + diskominfo
                + "/contributions/1";

        HttpResponse<String> api = send(request(path).header("Authorization", "Bearer " + tokenOf(POLMAN_DISKOMINFO_OPERATOR))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 3, \"explanation\": \"Terlambat.\", \"version\": 0}")));
        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        String work = "/instansi/" + polman + "/evaluasi/" + period.id() + "/opd/" + diskominfo;
        assertThat(page.get(work).body()).contains("Penilaian mandiri dibuka " + self.opensOn() + " sampai " + self.closesOn());
        HttpResponse<String> form = page.post(work, Map.of("indicatorCode", "1", "value", "3",
                "explanation", "Terlambat.", "version", "0", "action", "ajukan"));

        String message = "Penilaian mandiri sudah ditutup: jadwalnya " + self.opensOn() + " sampai " + self.closesOn();
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json(api).get("problem").asString()).isEqualTo("stage.window.closed");
        assertThat(json(api).get("detail").asString()).startsWith(message);
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(form.body()).contains(message);
    }

    @Test
    void theNationalAdminExtendsTheDeadlineAndWorkIsAcceptedAgain() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020, "1");
        StageWindow self = period.window(Stage.SELF_ASSESSMENT);
        LocalDate late = self.closesOn().plusDays(2);
        clock.setToday(late);
        assertRefused(() -> save(period, "1", 0, true), "stage.window.closed");
        notifications.markAllRead(coordinator);

        List<StageWindow> extended = new ArrayList<>(period.stages());
        extended.set(0, new StageWindow(Stage.SELF_ASSESSMENT, self.opensOn(), late.plusDays(3)));
        String body = JSON.writeValueAsString(Map.of("stages", extended));
        String path = "/api/v1/admin/periods/" + period.id() + "/stages";
        HttpResponse<String> byCoordinator = send(request(path).header("Authorization", "Bearer " + tokenOf(POLMAN_COORDINATOR))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> byAdmin = send(request(path).header("Authorization", "Bearer " + tokenOf(ADMIN))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(byCoordinator.statusCode()).isEqualTo(403);
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(json(byAdmin).get("stages").get(0).get("closesOn").asString()).isEqualTo(late.plusDays(3).toString());
        assertThat(save(period, "1", 0, true).status()).isEqualTo(IndicatorStatus.SUBMITTED);
        assertThat(audit.latest(50)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("period.reschedule");
            assertThat(e.subjectId()).isEqualTo(Long.toString(period.id()));
            assertThat(e.afterState()).contains(late.plusDays(3).toString());
        });
        assertThat(notifications.of(coordinator, 10)).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notify.rescheduled");
            assertThat(n.arguments()).contains(period.name(), late.plusDays(3).toString());
        });
    }

    @Test
    void rescheduleIsCheckedLikeOpening() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020);
        List<StageWindow> backwards = new ArrayList<>(period.stages());
        StageWindow document = backwards.get(1);
        backwards.set(1, new StageWindow(Stage.DOCUMENT, period.window(Stage.SELF_ASSESSMENT).opensOn().minusDays(1),
                document.closesOn()));

        assertRefused(() -> evaluations.reschedule(actor(ADMIN), period.id(), backwards), "period.stage.order");
        assertRefused(() -> evaluations.reschedule(actor(ADMIN), period.id(), period.stages().subList(0, 4)),
                "period.stage.missing");
        assertThatThrownBy(() -> evaluations.reschedule(coordinator, period.id(), period.stages()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(evaluations.board(coordinator, polman, period.id()).period().stages()).isEqualTo(period.stages());
    }

    @Test
    void theAdminChangesAScheduleOnThePeriodsPage() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020);
        Visitor admin = visitor().signIn(ADMIN, DEMO_PASSWORD);
        assertThat(admin.get("/admin/periode").body()).contains("id=\"schedule-" + period.id() + "\"");
        Map<String, String> form = new LinkedHashMap<>();
        for (StageWindow w : period.stages()) {
            form.put("opens_" + w.stage().name(), w.opensOn().toString());
            form.put("closes_" + w.stage().name(), w.closesOn().toString());
        }
        LocalDate newClose = period.window(Stage.SELF_ASSESSMENT).closesOn().plusDays(7);
        form.put("closes_SELF_ASSESSMENT", newClose.toString());

        HttpResponse<String> saved = admin.post("/admin/periode/" + period.id() + "/jadwal", form);
        form.put("closes_FINAL", period.window(Stage.FINAL).opensOn().minusDays(1).toString());
        HttpResponse<String> refused = admin.post("/admin/periode/" + period.id() + "/jadwal", form);

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Jadwal periode “" + period.name() + "” diubah");
        assertThat(evaluations.board(coordinator, polman, period.id()).period().window(Stage.SELF_ASSESSMENT).closesOn())
                .isEqualTo(newClose);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Tanggal tahap Final tidak sah");
    }

    @Test
    void theCoordinatorReviewsAfterTheWindowAndAssessorsWorkOnlyInTheirs() {
        EvaluationPeriod period = period(BundledInstrumentFiles.PEMDI_2026);
        List<String> codes = BundledInstrumentFiles.instrument(BundledInstrumentFiles.PEMDI_2026).indicators().stream()
                .map(Indicator::code).toList();
        StageWindow self = period.window(Stage.SELF_ASSESSMENT);
        clock.setToday(self.closesOn());
        List<Contribution> submitted = new ArrayList<>();
        for (String code : codes) {
            evaluations.assign(coordinator, polman, period.id(), code, List.of(diskominfo), null);
            submitted.add(contributions.save(operator, polman, period.id(), code, diskominfo, new BigDecimal("3.50"),
                    "Sudah diterapkan.", 0, true));
        }

        clock.setToday(self.closesOn().plusDays(5));
        Contribution first = submitted.get(0);
        Contribution returned = contributions.returnForRevision(coordinator, polman, period.id(), first.id(),
                first.version(), "Lengkapi bukti.");
        assertRefused(() -> save(period, first.indicatorCode(), returned.version(), true), "stage.window.closed");
        for (Contribution c : submitted.subList(1, submitted.size())) {
            contributions.approve(coordinator, polman, period.id(), c.id(), c.version());
        }
        clock.setToday(self.closesOn());
        Contribution resubmitted = contributions.save(operator, polman, period.id(), first.indicatorCode(), diskominfo,
                new BigDecimal("3.50"), "Bukti dilengkapi.", returned.version(), true);
        clock.setToday(self.closesOn().plusDays(6));
        contributions.approve(coordinator, polman, period.id(), resubmitted.id(), resubmitted.version());
        stages.freeze(coordinator, polman, period.id(), Stage.SELF_ASSESSMENT);

        Actor assessor = actor("asesor@sinergi.test");
        StageWindow document = period.window(Stage.DOCUMENT);
        clock.setToday(document.closesOn().plusDays(1));
        assertRefused(() -> stages.enter(assessor, polman, period.id(), Stage.DOCUMENT, codes.get(0), new BigDecimal("3"),
                null, null, 0), "stage.window.closed");
        clock.setToday(document.closesOn());
        assertThat(stages.enter(assessor, polman, period.id(), Stage.DOCUMENT, codes.get(0), new BigDecimal("3"), null,
                null, 0).value()).isEqualByComparingTo("3");
    }

    @Test
    void theBoardShowsEachIndicatorsDeadlineLastActivityAndWhatIsOverdue() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020, "1", "2");
        StageWindow self = period.window(Stage.SELF_ASSESSMENT);
        clock.setToday(self.closesOn());
        save(period, "1", 0, true);
        AssessmentBoard onTime = evaluations.board(coordinator, polman, period.id());

        clock.setToday(self.closesOn().plusDays(1));
        AssessmentBoard late = evaluations.board(coordinator, polman, period.id());
        String page = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD)
                .get("/instansi/" + polman + "/evaluasi/" + period.id()).body();

        assertThat(onTime.rows()).noneMatch(AssessmentBoard.Row::overdue);
        assertThat(late.rows()).allSatisfy(r -> assertThat(r.deadline()).isEqualTo(self.closesOn()));
        assertThat(late.rows().get(0).overdue()).as("submitted in time").isFalse();
        assertThat(late.rows().get(1).overdue()).as("assigned, nothing submitted").isTrue();
        assertThat(late.rows().get(2).overdue()).as("not even assigned").isTrue();
        assertThat(late.rows().get(0).lastActivity()).isNotNull();
        assertThat(late.rows().get(1).lastActivity()).as("the assignment").isNotNull();
        assertThat(late.rows().get(2).lastActivity()).isNull();
        assertThat(page).containsPattern("<tr id=\"indicator-2\" class=\"overdue\">")
                .contains("<tr id=\"indicator-1\">")
                .contains("Lewat tenggat", "Aktivitas terakhir", " WIB");
    }
}
