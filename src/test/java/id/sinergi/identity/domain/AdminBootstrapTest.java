package id.sinergi.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.shared.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class AdminBootstrapTest extends WebTest {

    @Autowired
    AdminBootstrap bootstrap;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void noLinkWhileANationalAdminExists() {
        java.util.Optional<String> link = transactions.execute(s -> bootstrap.issue("baru-" + UUID.randomUUID() + "@sinergi.test"));
        assertThat(link).isEmpty();
    }

    @Test
    void theFirstNationalAdminGetsALinkToSetAPassword() {
        String email = "admin-pertama-" + UUID.randomUUID() + "@sinergi.test";
        jdbc.sql("update user_account set status = 'DISABLED' where email = ?").param(ADMIN).update();
        try {
            String link = transactions.execute(s -> bootstrap.issue(email)).orElseThrow();

            accounts.acceptInvitation(link.substring("/undangan/".length()), "Pulau Karampuang biru");

            assertThat(actor(email).isNationalAdmin()).isTrue();
            assertThat(actor(email).grants()).extracting(g -> g.role()).containsExactly(Role.NATIONAL_ADMIN);
        } finally {
            jdbc.sql("update user_account set status = 'ACTIVE' where email = ?").param(ADMIN).update();
        }
    }
}
