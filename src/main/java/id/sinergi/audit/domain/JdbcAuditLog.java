package id.sinergi.audit.domain;

import id.sinergi.audit.AuditActorResolver;
import id.sinergi.audit.AuditActorResolver.AuditActor;
import id.sinergi.audit.AuditEntry;
import id.sinergi.audit.AuditLog;
import id.sinergi.audit.AuditVerification;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "id, at, actor_id, actor_name, ip, action, subject_type, subject_id, "
            + "government_id, before_state, after_state, previous_hash, hash";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ObjectProvider<AuditActorResolver> actors;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, ObjectProvider<AuditActorResolver> actors) {
        this.jdbc = jdbc;
        this.json = json;
        this.actors = actors;
        this.clock = Clock.systemUTC();
    }

    /** Appends under a lock so that ids have no gaps and each entry links to its true predecessor. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, Long governmentId, Object before,
            Object after) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('audit_entry'))").query().singleRow();
        Optional<Object[]> last = jdbc.sql("select id, hash from audit_entry order by id desc limit 1")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional();
        long id = last.map(l -> (Long) l[0] + 1).orElse(1L);
        String previous = last.map(l -> (String) l[1]).orElse(GENESIS);
        AuditActor actor = Optional.ofNullable(actors.getIfAvailable()).map(AuditActorResolver::actingNow)
                .orElse(new AuditActor(null, "sistem"));
        AuditEntry entry = new AuditEntry(id, Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.userId(),
                actor.name(), clientAddress(), action, subjectType, subjectId == null ? null : subjectId.toString(),
                governmentId, toJson(before), toJson(after), previous, null);
        String hash = hash(entry);
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(entry.id(), Timestamp.from(entry.at()), entry.actorId(), entry.actorName(), entry.ip(),
                        entry.action(), entry.subjectType(), entry.subjectId(), entry.governmentId(),
                        entry.beforeState(), entry.afterState(), entry.previousHash(), hash)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> forGovernment(long governmentId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where government_id = ? order by id desc limit ?")
                .params(governmentId, limit).query(JdbcAuditLog::entry).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry order by id desc limit ?")
                .param(limit).query(JdbcAuditLog::entry).list();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        ChainCheck check = new ChainCheck();
        jdbc.sql("select " + COLUMNS + " from audit_entry order by id").query(rs -> {
            if (check.broken == null) {
                check.next(entry(rs, 0));
            }
        });
        return check.broken == null ? AuditVerification.ok(check.checked) : check.broken;
    }

    /** Walks the entries in order; the first that does not fit stops the walk. */
    private static final class ChainCheck {
        long checked;
        long expectedId = 1;
        String previousHash = GENESIS;
        AuditVerification broken;

        void next(AuditEntry entry) {
            if (entry.id() != expectedId) {
                broken = AuditVerification.broken(checked, expectedId, "missing");
            } else if (!entry.previousHash().equals(previousHash)) {
                broken = AuditVerification.broken(checked, entry.id(), "link");
            } else if (!hash(entry).equals(entry.hash())) {
                broken = AuditVerification.broken(checked, entry.id(), "content");
            } else {
                checked++;
                expectedId++;
                previousHash = entry.hash();
            }
        }
    }

    /** SHA-256 of every field but the hash itself, in a fixed order with unambiguous separators. */
    static String hash(AuditEntry e) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[] {e.id(), e.at(), e.actorId(), e.actorName(), e.ip(), e.action(),
                e.subjectType(), e.subjectId(), e.governmentId(), e.beforeState(), e.afterState(), e.previousHash()}) {
            String value = Objects.toString(field, "\u0000");
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException(e2);
        }
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Long actor = rs.wasNull() ? null : actorId;
        long governmentId = rs.getLong("government_id");
        Long government = rs.wasNull() ? null : governmentId;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), actor, rs.getString("actor_name"),
                rs.getString("ip"), rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                government, rs.getString("before_state"), rs.getString("after_state"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
