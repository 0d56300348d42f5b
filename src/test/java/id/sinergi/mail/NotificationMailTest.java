package id.sinergi.mail;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.assessment.Contribution;
import id.sinergi.assessment.Contributions;
import id.sinergi.assessment.EvaluationPeriod;
import id.sinergi.assessment.EvaluationPeriodTest;
import id.sinergi.assessment.Evaluations;
import id.sinergi.assessment.OpenPeriod;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.identity.Directory;
import id.sinergi.notification.Notifications;
import id.sinergi.organization.Organization;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * With an SMTP server configured (a fake one on a loopback port), notifications are also e-mailed to
 * the active accounts of their audience, after the change committed, with the absolute link; a
 * failing server is logged and changes nothing.
 */
class NotificationMailTest extends WebTest {

    static final FakeSmtpServer SMTP = FakeSmtpServer.start();
    static final String BASE_URL = "https://sinergi.polewalimandarkab.go.id";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SMTP::port);
        registry.add("sinergi.mail.from", () -> "sinergi@polewalimandarkab.go.id");
        registry.add("sinergi.mail.base-url", () -> BASE_URL + "/");
    }

    @AfterAll
    static void stop() {
        SMTP.close();
    }

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Notifications notifications;

    @Autowired
    Directory directory;

    @Autowired
    Organization organization;

    @Autowired
    ApplicationContext context;

    /** Waits until every e-mail handed to the mailer so far has been attempted (its queue is one thread, in order). */
    static void awaitMailQueue(ApplicationContext context) throws Exception {
        ThreadPoolTaskExecutor queue = (ThreadPoolTaskExecutor) ReflectionTestUtils.getField(
                context.getBean("notificationMailer"), "executor");
        queue.submit(() -> { }).get(60, TimeUnit.SECONDS);
    }

    private static List<String> to(FakeSmtpServer.Received mail) throws Exception {
        return List.of(mail.message().getAllRecipients()).stream().map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    @Test
    void aReturnIsEmailedToTheOperatorsOfTheOpdAndASubmissionToTheCoordinator() throws Exception {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2087, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));
        evaluations.assign(coordinator, polman, period.id(), "7", List.of(diskominfo), null);
        Contribution submitted = contributions.save(operator, polman, period.id(), "7", diskominfo, new BigDecimal("2"),
                "Draf SOP ada.", 0, true);
        awaitMailQueue(context);
        int before = SMTP.received().size();

        contributions.returnForRevision(coordinator, polman, period.id(), submitted.id(), submitted.version(),
                "Lampirkan SOP yang sudah ditandatangani.");
        awaitMailQueue(context);

        List<FakeSmtpServer.Received> sent = SMTP.received().subList(before, SMTP.received().size());
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.recipients()).containsExactly(POLMAN_DISKOMINFO_OPERATOR);
            assertThat(to(mail)).containsExactly(POLMAN_DISKOMINFO_OPERATOR);
            assertThat(((InternetAddress) mail.message().getFrom()[0]).getAddress()).isEqualTo("sinergi@polewalimandarkab.go.id");
            assertThat(mail.message().getSubject())
                    .isEqualTo("Sinergi: Indikator 7 dikembalikan: Lampirkan SOP yang sudah ditandatangani.");
            String body = mail.message().getContent().toString();
            assertThat(body).contains("Yth. " + operator.displayName() + ",",
                    "Indikator 7 dikembalikan: Lampirkan SOP yang sudah ditandatangani.",
                    "Buka di Sinergi: " + BASE_URL + "/instansi/" + polman + "/evaluasi/" + period.id() + "/opd/"
                            + diskominfo + "#work-7",
                    "sebagai Operator OPD", BASE_URL + "/notifikasi");
        });
        assertThat(SMTP.received().subList(0, before)).anySatisfy(mail -> {
            assertThat(mail.recipients()).containsExactly(POLMAN_COORDINATOR);
            assertThat(mail.message().getSubject()).isEqualTo("Sinergi: Indikator 7 diajukan dan menunggu reviu.");
        }).noneSatisfy(mail -> assertThat(mail.message().getSubject()).contains("Indikator 7 diajukan")
                .satisfies(s -> assertThat(mail.recipients()).contains(POLMAN_DISKOMINFO_OPERATOR)));
    }

    @Test
    void aFailingServerIsLoggedAndNeverUndoesTheChange() throws Exception {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2088, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));
        awaitMailQueue(context);
        int before = SMTP.received().size();

        SMTP.refuseNextConnection();
        evaluations.assign(coordinator, polman, period.id(), "8", List.of(diskominfo), null);
        awaitMailQueue(context);
        evaluations.assign(coordinator, polman, period.id(), "9", List.of(diskominfo), null);
        awaitMailQueue(context);

        assertThat(notifications.of(operator, 5)).extracting(n -> n.arguments().get(0)).contains("8", "9");
        assertThat(SMTP.received().subList(before, SMTP.received().size())).singleElement()
                .satisfies(mail -> assertThat(mail.message().getSubject()).startsWith("Sinergi: Indikator 9 ("));
    }

    @Test
    void recipientsAreTheActiveHoldersOfTheRoleNow() {
        Actor cityCoordinator = actor("koordinator.gorontalokota@sinergi.test");
        long city = governmentIdOf("koordinator.gorontalokota@sinergi.test");
        long opd = organization.createAgency(cityCoordinator, city, "Dinas Uji Surel " + System.nanoTime()).id();
        accounts.invite(cityCoordinator, city, "calon.operator." + System.nanoTime() + "@sinergi.test", "Calon Operator",
                Role.OPERATOR, opd);

        assertThat(directory.holders(Role.OPERATOR, city, opd)).as("invited, no password yet").isEmpty();
        assertThat(directory.holders(Role.COORDINATOR, city, null)).extracting(Directory.Contact::email)
                .containsExactly("koordinator.gorontalokota@sinergi.test");
        assertThat(directory.holders(Role.ASSESSOR, governmentIdOf(POLMAN_COORDINATOR), null))
                .extracting(Directory.Contact::email).containsExactly("asesor@sinergi.test");
    }
}
