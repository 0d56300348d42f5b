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
import id.sinergi.notification.Notifications;
import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without {@code spring.mail.host} nothing is e-mailed, even though a port is configured and an SMTP
 * server listens on it on this machine (where an empty host would lead the mail library).
 */
class NoMailWithoutSmtpTest extends WebTest {

    static final FakeSmtpServer SMTP = FakeSmtpServer.start();

    @DynamicPropertySource
    static void portOnly(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
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
    ApplicationContext context;

    @Test
    void aReturnIsNotifiedInTheAppOnly() throws Exception {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2091, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));
        evaluations.assign(coordinator, polman, period.id(), "6", List.of(diskominfo), null);
        Contribution submitted = contributions.save(operator, polman, period.id(), "6", diskominfo, new BigDecimal("2"),
                "Ada.", 0, true);

        contributions.returnForRevision(coordinator, polman, period.id(), submitted.id(), submitted.version(), "Lengkapi.");
        NotificationMailTest.awaitMailQueue(context);

        assertThat(notifications.of(operator, 1)).singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notify.returned"));
        assertThat(SMTP.connections()).isZero();
    }
}
