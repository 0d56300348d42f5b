package id.sinergi.organization.domain;

import id.sinergi.organization.Agency;
import id.sinergi.organization.Government;
import id.sinergi.organization.GovernmentCategory;
import id.sinergi.organization.Region;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final String GOVERNMENT = "select id, code, name, category, province_code, region, active from government";
    private static final String AGENCY = "select id, government_id, name, active from agency";

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countGovernments() {
        return jdbc.sql("select count(*) from government").query(Long.class).single();
    }

    long insertGovernment(String code, String name, GovernmentCategory category, String provinceCode, Region region) {
        return jdbc.sql("insert into government (code, name, category, province_code, region) values (?, ?, ?, ?, ?) returning id")
                .params(code, name, category.name(), provinceCode, region == null ? null : region.name())
                .query(Long.class).single();
    }

    List<Government> governments(GovernmentCategory category, Region region, String nameContains) {
        return jdbc.sql(GOVERNMENT + " where (cast(:category as text) is null or category = :category)"
                        + " and (cast(:region as text) is null or region = :region)"
                        + " and (cast(:name as text) is null or name ilike '%' || :name || '%') order by code")
                .param("category", category == null ? null : category.name())
                .param("region", region == null ? null : region.name())
                .param("name", nameContains == null || nameContains.isBlank() ? null : nameContains.trim())
                .query(OrganizationRepository::government).list();
    }

    Optional<Government> government(long id) {
        return jdbc.sql(GOVERNMENT + " where id = ?").param(id).query(OrganizationRepository::government).optional();
    }

    Optional<Government> governmentByCode(String code) {
        return jdbc.sql(GOVERNMENT + " where code = ?").param(code).query(OrganizationRepository::government).optional();
    }

    List<Agency> agencies(long governmentId) {
        return jdbc.sql(AGENCY + " where government_id = ? order by active desc, lower(name)").param(governmentId)
                .query(OrganizationRepository::agency).list();
    }

    Optional<Agency> agency(long governmentId, long agencyId) {
        return jdbc.sql(AGENCY + " where government_id = ? and id = ?").params(governmentId, agencyId)
                .query(OrganizationRepository::agency).optional();
    }

    boolean activeNameTaken(long governmentId, String name, Long exceptId) {
        return jdbc.sql("select count(*) from agency where government_id = ? and active and lower(name) = lower(?) and id <> ?")
                .params(governmentId, name, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    long insertAgency(long governmentId, String name) {
        return jdbc.sql("insert into agency (government_id, name) values (?, ?) returning id").params(governmentId, name)
                .query(Long.class).single();
    }

    void rename(long agencyId, String name) {
        jdbc.sql("update agency set name = ?, updated_at = now() where id = ?").params(name, agencyId).update();
    }

    void deactivate(long agencyId) {
        jdbc.sql("update agency set active = false, updated_at = now() where id = ?").param(agencyId).update();
    }

    /** Serialises changes to one government's OPDs (name uniqueness is checked before writing). */
    void lockGovernment(long governmentId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('government-agencies:' || ?))").param(governmentId).query().singleRow();
    }

    private static Government government(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region");
        return new Government(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                GovernmentCategory.valueOf(rs.getString("category")), rs.getString("province_code"),
                region == null ? null : Region.valueOf(region), rs.getBoolean("active"));
    }

    private static Agency agency(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getLong("government_id"), rs.getString("name"), rs.getBoolean("active"));
    }
}
