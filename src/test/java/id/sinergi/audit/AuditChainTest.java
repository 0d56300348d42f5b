package id.sinergi.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.WebTest;
import id.sinergi.organization.Organization;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuditChainTest extends WebTest {

    @Autowired
    AuditLog audit;

    @Autowired
    Organization organization;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyChangeIsRecordedWithActorAddressAndStates() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        String name = "OPD Audit " + UUID.randomUUID();
        var agency = organization.createAgency(actor(POLMAN_COORDINATOR), polman, name);
        organization.renameAgency(actor(POLMAN_COORDINATOR), polman, agency.id(), name + " Baru");

        var entries = audit.forGovernment(polman, 2);

        assertThat(entries.get(0).action()).isEqualTo("agency.rename");
        assertThat(entries.get(0).beforeState()).contains(name).doesNotContain("Baru");
        assertThat(entries.get(0).afterState()).contains(name + " Baru");
        assertThat(entries.get(1).action()).isEqualTo("agency.create");
        assertThat(entries.get(1).beforeState()).isNull();
    }

    @Test
    void anEditedEntryIsNamedByTheVerification() {
        organization.createAgency(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR), "OPD " + UUID.randomUUID());
        long id = audit.latest(5).get(2).id();
        String original = jdbc.sql("select after_state from audit_entry where id = ?").param(id).query(String.class).single();
        assertThat(audit.verify().intact()).isTrue();

        jdbc.sql("update audit_entry set after_state = ? where id = ?").params("{\"diubah\":true}", id).update();
        try {
            AuditVerification broken = audit.verify();
            assertThat(broken.intact()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(id);
            assertThat(broken.reason()).isEqualTo("content");
            assertThat(broken.entriesChecked()).isEqualTo(id - 1);

            var api = send(request("/api/v1/admin/audit/verification").header("Authorization", "Bearer " + tokenOf(ADMIN))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(json(api).get("firstBrokenId").asLong()).isEqualTo(id);

            var page = visitor().signIn(ADMIN, DEMO_PASSWORD);
            page.get("/admin/audit");
            assertThat(page.post("/admin/audit/verifikasi", Map.of()).body())
                    .contains("Rantai putus pada entri #" + id, "isi entri diubah");
        } finally {
            jdbc.sql("update audit_entry set after_state = ? where id = ?").params(original, id).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsNamedByTheVerification() {
        organization.createAgency(actor(POLMAN_COORDINATOR), governmentIdOf(POLMAN_COORDINATOR), "OPD " + UUID.randomUUID());
        long id = audit.latest(5).get(1).id();
        Map<String, Object> row = jdbc.sql("select * from audit_entry where id = ?").param(id).query().singleRow();

        jdbc.sql("delete from audit_entry where id = ?").param(id).update();
        try {
            AuditVerification broken = audit.verify();
            assertThat(broken.firstBrokenId()).isEqualTo(id);
            assertThat(broken.reason()).isEqualTo("missing");
        } finally {
            jdbc.sql("insert into audit_entry (id, at, actor_id, actor_name, ip, action, subject_type, subject_id, "
                    + "government_id, before_state, after_state, previous_hash, hash) values (:id, :at, :actor_id, "
                    + ":actor_name, :ip, :action, :subject_type, :subject_id, :government_id, :before_state, "
                    + ":after_state, :previous_hash, :hash)").params(row).update();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void coordinatorsSeeTheirOwnTrailOnly() {
        long polman = governmentIdOf(POLMAN_COORDINATOR);
        var coordinator = visitor().signIn(POLMAN_COORDINATOR, DEMO_PASSWORD);

        assertThat(coordinator.get("/instansi/" + polman + "/audit").body()).contains("Jejak audit", "agency.create");
        assertThat(coordinator.get("/instansi/" + governmentIdOf(GORONTALO_PROVINCE_COORDINATOR) + "/audit").statusCode())
                .isEqualTo(403);
        assertThat(coordinator.get("/admin/audit").statusCode()).isEqualTo(403);
    }
}
