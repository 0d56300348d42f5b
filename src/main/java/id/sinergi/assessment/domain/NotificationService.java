package id.sinergi.assessment.domain;

import id.sinergi.assessment.Notification;
import id.sinergi.assessment.Notifications;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class NotificationService implements Notifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NotificationService(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Tells the coordinators of a government. Part of the change that caused it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void toCoordinators(long governmentId, String key, List<Object> args, String link, long by) {
        insert(governmentId, "COORDINATOR", null, key, args, link, by);
    }

    /** Tells the operators of one OPD. Part of the change that caused it. */
    @Transactional(propagation = Propagation.MANDATORY)
    void toOperators(long governmentId, long agencyId, String key, List<Object> args, String link, long by) {
        insert(governmentId, "OPERATOR", agencyId, key, args, link, by);
    }

    private void insert(long governmentId, String audience, Long agencyId, String key, List<Object> args, String link,
            long by) {
        jdbc.sql("insert into notification (government_id, audience, agency_id, message_key, arguments, link, created_by) "
                        + "values (?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(governmentId, audience, agencyId, key, json.writeValueAsString(args), link, by).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> of(Actor actor, int limit) {
        Audience audience = audience(actor);
        if (audience.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select n.id, n.message_key, n.arguments::text, n.link, n.created_at, r.user_id is not null "
                        + "from notification n left join notification_read r on r.notification_id = n.id and r.user_id = :user "
                        + "where " + audience.where() + " and n.created_by <> :user order by n.id desc limit :limit")
                .params(audience.params(actor.userId(), limit))
                .query((rs, row) -> new Notification(rs.getLong(1), rs.getString(2),
                        List.of(json.readValue(rs.getString(3), Object[].class)), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        Audience audience = audience(actor);
        if (audience.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification n where " + audience.where() + " and n.created_by <> :user "
                        + "and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :user)")
                .params(audience.params(actor.userId(), 0)).query(Long.class).single();
    }

    @Override
    @Transactional
    public void markAllRead(Actor actor) {
        Audience audience = audience(actor);
        if (audience.isEmpty()) {
            return;
        }
        jdbc.sql("insert into notification_read (notification_id, user_id) select n.id, :user from notification n where "
                        + audience.where() + " on conflict do nothing")
                .params(audience.params(actor.userId(), 0)).update();
    }

    /** Which notifications the actor's grants address: coordinated governments and operated OPDs. */
    private record Audience(List<Long> coordinated, List<Long> operated) {

        boolean isEmpty() {
            return coordinated.isEmpty() && operated.isEmpty();
        }

        String where() {
            List<String> parts = new ArrayList<>();
            if (!coordinated.isEmpty()) {
                parts.add("(n.audience = 'COORDINATOR' and n.government_id in (:coordinated))");
            }
            if (!operated.isEmpty()) {
                parts.add("(n.audience = 'OPERATOR' and n.agency_id in (:operated))");
            }
            return "(" + String.join(" or ", parts) + ")";
        }

        Map<String, Object> params(long user, int limit) {
            return Map.of("user", user, "limit", limit, "coordinated", coordinated.isEmpty() ? List.of(-1L) : coordinated,
                    "operated", operated.isEmpty() ? List.of(-1L) : operated);
        }
    }

    private static Audience audience(Actor actor) {
        return new Audience(
                actor.grants().stream().filter(g -> g.role() == Role.COORDINATOR).map(Grant::governmentId).toList(),
                actor.grants().stream().filter(g -> g.role() == Role.OPERATOR).map(Grant::agencyId).toList());
    }
}
