package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.audit.AuditLog;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.framework.Indicator;
import id.sinergi.notification.Notification;
import id.sinergi.notification.Notifications;
import id.sinergi.shared.Actor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * Deadline reminders, called with the day they run on. Each test's period lies in its own year
 * (windows in that year), so on those days only its reminders are due and the counts are exact.
 */
class DeadlineRemindersTest extends WebTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2050);
    private static final String BAPPEDA_OPERATOR = "operator.bappeda.polman@sinergi.test";

    @Autowired
    DeadlineReminders reminders;

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

    @Autowired
    Environment environment;

    private long polman;
    private Actor coordinator;
    private Actor diskominfoOperator;
    private Actor bappedaOperator;
    private long diskominfo;
    private long bappeda;

    @BeforeEach
    void people() {
        polman = governmentIdOf(POLMAN_COORDINATOR);
        coordinator = actor(POLMAN_COORDINATOR);
        diskominfoOperator = actor(POLMAN_DISKOMINFO_OPERATOR);
        bappedaOperator = actor(BAPPEDA_OPERATOR);
        diskominfo = diskominfoOperator.grants().get(0).agencyId();
        bappeda = bappedaOperator.grants().get(0).agencyId();
    }

    private EvaluationPeriod period(String instrument) {
        int year = YEARS.incrementAndGet();
        return evaluations.open(actor(ADMIN), new OpenPeriod(year, null, instrument,
                EvaluationPeriodTest.scheduleFrom(LocalDate.of(year, 3, 1)), List.of("76.04")));
    }

    private List<Notification> remindersOf(Actor actor, EvaluationPeriod period) {
        return notifications.of(actor, 200).stream()
                .filter(n -> n.messageKey().startsWith("notify.deadline."))
                .filter(n -> n.link().startsWith("/instansi/" + polman + "/evaluasi/" + period.id())).toList();
    }

    @Test
    void operatorsOfOpdsWithUnsubmittedIndicatorsAndTheCoordinatorsAreRemindedOncePerDay() {
        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020);
        LocalDate closes = period.window(Stage.SELF_ASSESSMENT).closesOn();
        clock.setToday(closes.minusDays(10));
        for (String code : List.of("1", "2", "3")) {
            evaluations.assign(coordinator, polman, period.id(), code, List.of(diskominfo), null);
        }
        evaluations.assign(coordinator, polman, period.id(), "4", List.of(bappeda), null);
        evaluations.assign(coordinator, polman, period.id(), "5", List.of(diskominfo, bappeda), diskominfo);
        contributions.save(diskominfoOperator, polman, period.id(), "1", diskominfo, new BigDecimal("3"), "Ada.", 0, true);
        contributions.save(diskominfoOperator, polman, period.id(), "2", diskominfo, new BigDecimal("2"), "Draf.", 0, false);
        Contribution five = contributions.save(diskominfoOperator, polman, period.id(), "5", diskominfo,
                new BigDecimal("4"), "Dijawab Diskominfo.", 0, true);
        contributions.approve(coordinator, polman, period.id(), five.id(), five.version());

        assertThat(reminders.remind(closes.minusDays(4))).as("four days before: not yet").isZero();
        assertThat(reminders.remind(closes.minusDays(3))).as("two OPDs and the coordinators").isEqualTo(3);
        assertThat(reminders.remind(closes.minusDays(3))).as("the same day again").isZero();

        // Diskominfo: 2 (draft) and 3 (nothing); 1 is submitted, 5 answered. Bappeda: 4; 5 is answered through Diskominfo.
        assertThat(remindersOf(diskominfoOperator, period)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notify.deadline.operator");
            assertThat(n.arguments()).containsExactly(closes.toString(), 2, period.name());
            assertThat(n.link()).endsWith("/opd/" + diskominfo);
        });
        assertThat(remindersOf(bappedaOperator, period)).singleElement()
                .satisfies(n -> assertThat(n.arguments()).containsExactly(closes.toString(), 1, period.name()));
        assertThat(remindersOf(coordinator, period)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notify.deadline.coordinator");
            assertThat(n.arguments()).containsExactly(closes.toString(), 46, 47, 2, period.name());
        });
        assertThat(audit.forGovernment(polman, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("reminder.deadline");
            assertThat(e.afterState()).contains(closes.minusDays(3).toString());
        });

        clock.setToday(closes);
        contributions.save(bappedaOperator, polman, period.id(), "4", bappeda, new BigDecimal("3"), "Ada.", 0, true);
        assertThat(reminders.remind(closes)).as("the last day: Diskominfo and the coordinators, not Bappeda").isEqualTo(2);
        assertThat(remindersOf(bappedaOperator, period)).hasSize(1);
        assertThat(remindersOf(diskominfoOperator, period)).hasSize(2);
        assertThat(reminders.remind(closes.plusDays(1))).as("closed").isZero();

        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        assertThat(page.get("/notifikasi").body())
                .contains("Batas penilaian mandiri " + closes + ": 2 indikator OPD Anda belum diajukan");
    }

    @Test
    void assessorsAreRemindedOfTheirStageOnceTheStageBeforeIsFrozen() {
        EvaluationPeriod period = period(BundledInstrumentFiles.PEMDI_2026);
        List<String> codes = BundledInstrumentFiles.instrument(BundledInstrumentFiles.PEMDI_2026).indicators().stream()
                .map(Indicator::code).toList();
        Actor assessor = actor("asesor@sinergi.test");
        StageWindow document = period.window(Stage.DOCUMENT);
        assertThat(reminders.remind(document.closesOn().minusDays(1))).as("self-assessment not frozen yet").isZero();

        clock.setToday(period.window(Stage.SELF_ASSESSMENT).closesOn());
        for (String code : codes) {
            evaluations.assign(coordinator, polman, period.id(), code, List.of(diskominfo), null);
            Contribution submitted = contributions.save(diskominfoOperator, polman, period.id(), code, diskominfo,
                    new BigDecimal("3.25"), "Sudah diterapkan.", 0, true);
            contributions.approve(coordinator, polman, period.id(), submitted.id(), submitted.version());
        }
        assertThat(reminders.remind(clock.today())).as("everything answered: nobody to remind").isZero();
        stages.freeze(coordinator, polman, period.id(), Stage.SELF_ASSESSMENT);
        clock.setToday(document.opensOn());
        for (String code : codes.subList(0, 5)) {
            stages.enter(assessor, polman, period.id(), Stage.DOCUMENT, code, new BigDecimal("3"), null, null, 0);
        }

        assertThat(reminders.remind(document.closesOn().minusDays(1))).isEqualTo(1);
        assertThat(reminders.remind(document.closesOn().minusDays(1))).isZero();
        assertThat(remindersOf(assessor, period)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notify.deadline.assessor");
            assertThat(n.link()).endsWith("/tahap/DOCUMENT");
        });
        assertThat(remindersOf(coordinator, period)).isEmpty();
        assertThat(visitor().signIn("asesor@sinergi.test", DEMO_PASSWORD).get("/notifikasi").body())
                .contains("Batas Penilaian dokumen " + document.closesOn() + ": 15 dari 20 indikator belum dinilai");
        assertThat(visitor().signIn("asesor@sinergi.test", DEMO_PASSWORD).get("/notifikasi?lang=en").body())
                .contains("Deadline of Document review " + document.closesOn());
    }

    @Test
    void theDailyJobRunsAtSevenInJakartaForTheClocksToday() throws Exception {
        Method job = AopUtils.getTargetClass(reminders).getDeclaredMethod("daily");
        Scheduled scheduled = job.getAnnotation(Scheduled.class);
        CronExpression cron = CronExpression.parse(environment.resolveRequiredPlaceholders(scheduled.cron()));
        ZonedDateTime evening = ZonedDateTime.of(2026, 11, 27, 20, 0, 0, 0, ZoneId.of(scheduled.zone()));
        assertThat(scheduled.zone()).isEqualTo("Asia/Jakarta");
        assertThat(cron.next(evening)).isEqualTo(evening.plusDays(1).withHour(7));

        EvaluationPeriod period = period(BundledInstrumentFiles.SPBE_2020);
        clock.setToday(period.window(Stage.SELF_ASSESSMENT).closesOn().minusDays(1));
        job.setAccessible(true);
        job.invoke(reminders); // what the scheduler calls: today by the application's clock

        assertThat(remindersOf(coordinator, period)).singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notify.deadline.coordinator"));
    }
}
