package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The module on its own: posting, the audience that reads it, once per key, the inbox API and page. */
class NotifierTest extends WebTest {

    @Autowired
    Notifier notifier;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void whatIsPostedReachesItsAudienceButNotItsAuthorNorAnotherGovernment() {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        Actor operator = actor(POLMAN_DISKOMINFO_OPERATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        long diskominfo = operator.grants().get(0).agencyId();
        notifications.markAllRead(coordinator);
        notifications.markAllRead(operator);
        Actor elsewhere = actor(GORONTALO_PROVINCE_COORDINATOR);
        notifications.markAllRead(elsewhere);

        transaction.executeWithoutResult(status -> notifier.toOperators(polman, diskominfo, "notify.returned",
                List.of("7", Role.OPERATOR), "/notifikasi", coordinator.userId()));

        assertThat(notifications.unread(operator)).isEqualTo(1);
        assertThat(notifications.of(operator, 1)).singleElement()
                .satisfies(n -> assertThat(n.messageKey()).isEqualTo("notify.returned"));
        assertThat(notifications.unread(coordinator)).isZero();
        assertThat(notifications.unread(elsewhere)).isZero();

        var inbox = json(send(request("/api/v1/me/notifications?limit=1")
                .header("Authorization", "Bearer " + tokenOf(POLMAN_DISKOMINFO_OPERATOR))));
        assertThat(inbox.get("unread").asLong()).isEqualTo(1);
        // The enum argument is kept as a nested message and written in the reader's language.
        assertThat(inbox.get("items").get(0).get("text").asString()).isEqualTo("Indikator 7 dikembalikan: Operator OPD");

        Visitor page = visitor().signIn(POLMAN_DISKOMINFO_OPERATOR, DEMO_PASSWORD);
        assertThat(page.get("/notifikasi").body()).contains("Indikator 7 dikembalikan: Operator OPD", "1 belum dibaca");
        assertThat(page.post("/notifikasi/dibaca", Map.of()).statusCode()).isEqualTo(302);
        assertThat(notifications.unread(operator)).isZero();
    }

    @Test
    void theSystemWritesOncePerKeyAndNobodyWritesOutsideATransaction() {
        Actor coordinator = actor(POLMAN_COORDINATOR);
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        notifications.markAllRead(coordinator);
        String key = "test/" + UUID.randomUUID();

        Boolean first = transaction.execute(status -> notifier.once(key, polman, Role.COORDINATOR, null,
                "notify.submitted", List.of("3"), "/notifikasi"));
        Boolean again = transaction.execute(status -> notifier.once(key, polman, Role.COORDINATOR, null,
                "notify.submitted", List.of("3"), "/notifikasi"));
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(notifications.unread(coordinator)).isEqualTo(1);

        assertThatThrownBy(() -> notifier.toCoordinators(polman, "notify.submitted", List.of("3"), "/notifikasi",
                coordinator.userId())).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(notifications.unread(coordinator)).isEqualTo(1);
    }
}
