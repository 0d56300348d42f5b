package id.sinergi.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.framework.BundledInstrumentFiles;
import id.sinergi.notification.Notifications;
import id.sinergi.shared.Actor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsTest extends WebTest {

    @Autowired
    Evaluations evaluations;

    @Autowired
    Contributions contributions;

    @Autowired
    Comments comments;

    @Autowired
    Notifications notifications;

    @Test
    void assignmentsSubmissionsReturnsAndCommentsReachTheirAudience() {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        notifications.markAllRead(coordinator);
        notifications.markAllRead(operator);
        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2097, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));

        evaluations.assign(coordinator, polman, period.id(), "10", List.of(diskominfo), null);
        assertThat(notifications.of(operator, 5).get(0).messageKey()).isEqualTo("notify.assigned");
        assertThat(notifications.of(operator, 5).get(0).link()).contains("/opd/" + diskominfo);

        Contribution submitted = contributions.save(operator, polman, period.id(), "10", diskominfo, new BigDecimal("3"),
                "Tim koordinasi SPBE ditetapkan.", 0, true);
        assertThat(notifications.of(coordinator, 5).get(0).messageKey()).isEqualTo("notify.submitted");

        contributions.returnForRevision(coordinator, polman, period.id(), submitted.id(), submitted.version(), "Lampirkan SK.");
        assertThat(notifications.of(operator, 5).get(0).messageKey()).isEqualTo("notify.returned");
        assertThat(notifications.of(operator, 5).get(0).arguments()).contains("Lampirkan SK.");

        comments.add(operator, polman, period.id(), "10", "SK menyusul besok.");
        assertThat(notifications.of(coordinator, 5).get(0).messageKey()).isEqualTo("notify.comment");
        assertThat(notifications.of(operator, 5)).noneMatch(n -> n.messageKey().equals("notify.comment"));

        assertThat(notifications.unread(operator)).isEqualTo(2);
        String token = tokenOf(POLMAN_DISKOMINFO_OPERATOR);
        var inbox = json(send(request("/api/v1/me/notifications?limit=5").header("Authorization", "Bearer " + token)));
        assertThat(inbox.get("unread").asLong()).isEqualTo(2);
        assertThat(inbox.get("items").get(0).get("messageKey").asString()).isEqualTo("notify.returned");
        assertThat(inbox.get("items").get(0).get("text").asString()).contains("Lampirkan SK.");
        var read = send(request("/api/v1/me/notifications/read").header("Authorization", "Bearer " + token)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(read.statusCode()).isEqualTo(204);
        assertThat(notifications.unread(operator)).isZero();
        assertThat(notifications.of(actor(GORONTALO_PROVINCE_COORDINATOR), 50))
                .noneMatch(n -> n.link().contains("/instansi/" + polman + "/"));

        Visitor page = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);
        assertThat(page.get("/notifikasi").body()).contains("Komentar baru pada indikator 10", "Indikator 10 diajukan");
    }

    @Test
    void theHeaderOfEveryPageCountsTheUnreadNotifications() {
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        notifications.markAllRead(operator);
        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        assertThat(page.get("/beranda").body()).contains("<a href=\"/notifikasi\" id=\"nav-notifications\">Notifikasi</a>");

        EvaluationPeriod period = evaluations.open(actor(ADMIN), new OpenPeriod(2089, null, BundledInstrumentFiles.SPBE_2020,
                EvaluationPeriodTest.schedule(clock.today()), List.of("76.04")));
        evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "11", List.of(diskominfo), null);
        evaluations.assign(actor(POLMAN_COORDINATOR), polman, period.id(), "12", List.of(diskominfo), null);

        String counted = page.get("/instansi/" + polman + "/evaluasi/" + period.id() + "/opd/" + diskominfo).body();
        assertThat(counted).contains("aria-label=\"Notifikasi, 2 belum dibaca\"", "Notifikasi <span class=\"count\">(2)</span>");
        assertThat(page.post("/notifikasi/dibaca", Map.of()).statusCode()).isEqualTo(302);
        assertThat(page.get("/beranda").body()).doesNotContain("belum dibaca\"").contains("id=\"nav-notifications\">Notifikasi</a>");
    }
}
