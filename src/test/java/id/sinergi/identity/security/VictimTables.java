package id.sinergi.identity.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every row a government owns, table by table, each row whole (as PostgreSQL's text of the row): two
 * snapshots are equal only if nothing of the government was added, changed or removed. Tables without a
 * government id are reached through the row that has one (assessment, plan, contribution, account).
 */
final class VictimTables {

    /** Table name to the query of its rows of government {@code :g}. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("government", "select t::text from government t where id = :g");
        TABLES.put("agency", "select t::text from agency t where government_id = :g");
        TABLES.put("role_grant", "select t::text from role_grant t where government_id = :g");
        TABLES.put("user_account", "select t::text from user_account t where id in "
                + "(select user_id from role_grant where government_id = :g)");
        TABLES.put("invitation", "select t::text from invitation t where government_id = :g");
        // Without last_used_at: the victim's own operator uses a token in the probes.
        TABLES.put("access_token", "select (t.id, t.user_id, t.name, t.token_hash, t.prefix, t.expires_at, t.revoked_at, "
                + "t.created_at)::text from access_token t where user_id in "
                + "(select user_id from role_grant where government_id = :g)");
        TABLES.put("assessment", "select t::text from assessment t where government_id = :g");
        TABLES.put("indicator_assignment", "select t::text from indicator_assignment t where government_id = :g");
        TABLES.put("contribution", "select t::text from contribution t where government_id = :g");
        TABLES.put("contribution_evidence", "select t::text from contribution_evidence t where contribution_id in "
                + "(select id from contribution where government_id = :g)");
        TABLES.put("contribution_review", "select t::text from contribution_review t where assessment_id in "
                + "(select id from assessment where government_id = :g)");
        TABLES.put("answer", "select t::text from answer t where government_id = :g");
        TABLES.put("answer_evidence", "select t::text from answer_evidence t where assessment_id in "
                + "(select id from assessment where government_id = :g)");
        TABLES.put("stage_value", "select t::text from stage_value t where government_id = :g");
        TABLES.put("stage_snapshot", "select t::text from stage_snapshot t where government_id = :g");
        TABLES.put("indicator_comment", "select t::text from indicator_comment t where government_id = :g");
        TABLES.put("evidence_file", "select t::text from evidence_file t where government_id = :g");
        TABLES.put("regional_plan", "select t::text from regional_plan t where government_id = :g");
        TABLES.put("key_indicator", "select t::text from key_indicator t where plan_id in "
                + "(select id from regional_plan where government_id = :g)");
        TABLES.put("key_indicator_target", "select t::text from key_indicator_target t where key_indicator_id in "
                + "(select k.id from key_indicator k join regional_plan p on p.id = k.plan_id where p.government_id = :g)");
        TABLES.put("indicator_target", "select t::text from indicator_target t where key_indicator_id in "
                + "(select k.id from key_indicator k join regional_plan p on p.id = k.plan_id where p.government_id = :g)");
        TABLES.put("government_result", "select t::text from government_result t where government_id = :g");
        TABLES.put("notification", "select t::text from notification t where government_id = :g");
        TABLES.put("notification_read", "select t::text from notification_read t where notification_id in "
                + "(select id from notification where government_id = :g)");
        TABLES.put("audit_entry", "select t::text from audit_entry t where government_id = :g");
    }

    private VictimTables() {
    }

    static Map<String, List<String>> snapshot(JdbcClient jdbc, long governmentId) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        TABLES.forEach((table, sql) -> rows.put(table,
                jdbc.sql(sql + " order by 1").param("g", governmentId).query(String.class).list()));
        return rows;
    }

    /** The tables of the schema that hold a government id, so a new tenant table cannot be forgotten here. */
    static List<String> tablesWithGovernmentId(JdbcClient jdbc) {
        return jdbc.sql("select table_name from information_schema.columns where table_schema = current_schema() "
                + "and column_name = 'government_id' order by 1").query(String.class).list();
    }

    static java.util.Set<String> covered() {
        return TABLES.keySet();
    }
}
