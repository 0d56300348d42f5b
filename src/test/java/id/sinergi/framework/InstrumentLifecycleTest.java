package id.sinergi.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.WebTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

class InstrumentLifecycleTest extends WebTest {

    @Autowired
    InstrumentCatalog catalog;

    @Autowired
    InstrumentAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bundledInstrumentsArePublishedAtStartUp() {
        assertThat(catalog.listPublished()).extracting(p -> p.instrument().code())
                .contains(BundledInstrumentFiles.SPBE_2018, BundledInstrumentFiles.SPBE_2020, BundledInstrumentFiles.PEMDI_2026);
        assertThat(catalog.findPublished(BundledInstrumentFiles.PEMDI_2026).orElseThrow().provisional()).isTrue();
    }

    @Test
    void draftThenPublishedThenRetired() {
        byte[] file = renamed("lifecycle-test");
        InstrumentVersion first = administration.importDraft(actor(ADMIN), file);
        assertThat(first.status()).isEqualTo(InstrumentStatus.DRAFT);
        assertThat(catalog.findPublished("lifecycle-test")).isEmpty();

        administration.publish(actor(ADMIN), "lifecycle-test", first.version());
        InstrumentVersion second = administration.importDraft(actor(ADMIN), file);
        administration.publish(actor(ADMIN), "lifecycle-test", second.version());

        assertThat(catalog.versions("lifecycle-test")).extracting(InstrumentVersion::version, InstrumentVersion::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, InstrumentStatus.RETIRED),
                        org.assertj.core.groups.Tuple.tuple(2, InstrumentStatus.PUBLISHED));
        assertThatThrownBy(() -> administration.publish(actor(ADMIN), "lifecycle-test", 1)).isInstanceOf(InstrumentStateException.class);
        assertThatThrownBy(() -> administration.publish(actor(ADMIN), "lifecycle-test", 2)).isInstanceOf(InstrumentStateException.class);
        assertThatThrownBy(() -> administration.publish(actor(ADMIN), "lifecycle-test", 9)).isInstanceOf(InstrumentNotFoundException.class);
    }

    @Test
    void onlyNationalAdminsChangeInstruments() {
        assertThatThrownBy(() -> administration.importDraft(actor(POLMAN_COORDINATOR), renamed("not-allowed")))
                .isInstanceOf(id.sinergi.shared.NotPermittedException.class);
    }

    @Test
    void theDatabaseItselfRefusesToChangeAPublishedVersion() {
        assertThatThrownBy(() -> jdbc.sql("update instrument_version set content = jsonb_set(content, '{name}', '\"x\"') "
                + "where code = ? and status = 'PUBLISHED'").param(BundledInstrumentFiles.SPBE_2020).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from instrument_version where code = ?")
                .param(BundledInstrumentFiles.SPBE_2020).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        assertThatThrownBy(() -> jdbc.sql("update instrument_version set status = 'DRAFT' where code = ?")
                .param(BundledInstrumentFiles.SPBE_2020).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("not allowed");
    }

    static byte[] renamed(String code) {
        String json = new String(BundledInstrumentFiles.bytes(BundledInstrumentFiles.SPBE_2020), StandardCharsets.UTF_8);
        return json.replaceFirst("\"code\": \"permenpanrb-59-2020\"", "\"code\": \"" + code + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }
}
