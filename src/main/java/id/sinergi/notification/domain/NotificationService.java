package id.sinergi.notification.domain;

import id.sinergi.notification.Notification;
import id.sinergi.notification.NotificationPosted;
import id.sinergi.notification.Notifications;
import id.sinergi.notification.Notifier;
import id.sinergi.shared.Actor;
import id.sinergi.shared.Grant;
import id.sinergi.shared.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class NotificationService implements Notifications, Notifier {

    /** How a nested message (a stage's name) is kept among the arguments: {"message": "stage.FINAL"}. */
    private static final String NESTED = "message";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    NotificationService(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void toCoordinators(long governmentId, String key, List<Object> args, String link, long by) {
        insert(null, governmentId, Role.COORDINATOR, null, key, args, link, by);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void toOperators(long governmentId, long agencyId, String key, List<Object> args, String link, long by) {
        insert(null, governmentId, Role.OPERATOR, agencyId, key, args, link, by);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean once(String onceKey, long governmentId, Role audience, Long agencyId, String key, List<Object> args,
            String link) {
        return insert(onceKey, governmentId, audience, agencyId, key, args, link, null).isPresent();
    }

    private Optional<Long> insert(String onceKey, long governmentId, Role audience, Long agencyId, String key,
            List<Object> args, String link, Long by) {
        Optional<Long> id = jdbc.sql("insert into notification (government_id, audience, agency_id, message_key, "
                        + "arguments, link, created_by, once_key) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) "
                        + "on conflict (once_key) do nothing returning id")
                .params(governmentId, audience.name(), agencyId, key, json.writeValueAsString(stored(args)), link, by,
                        onceKey)
                .query(Long.class).optional();
        id.ifPresent(notification -> events.publishEvent(new NotificationPosted(notification, governmentId, audience,
                agencyId, key, readable(stored(args)), link, by)));
        return id;
    }

    /** Enum arguments (a stage) become nested messages, so each reader sees them in their language. */
    private static List<Object> stored(List<Object> args) {
        return args.stream().map(a -> a instanceof Enum<?> e
                ? (Object) Map.of(NESTED, messageKeyOf(e)) : a).toList();
    }

    private static String messageKeyOf(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    private static List<Object> readable(List<?> stored) {
        return stored.stream().map(a -> a instanceof Map<?, ?> m && m.get(NESTED) instanceof String code
                ? (Object) new DefaultMessageSourceResolvable(code) : a).toList();
    }

    private static List<Object> readable(Object[] stored) {
        return readable(List.of(stored));
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
                        + "where " + audience.where() + " and n.created_by is distinct from :user order by n.id desc limit :limit")
                .params(audience.params(actor.userId(), limit))
                .query((rs, row) -> new Notification(rs.getLong(1), rs.getString(2),
                        readable(json.readValue(rs.getString(3), Object[].class)), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getBoolean(6))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(Actor actor) {
        Audience audience = audience(actor);
        if (audience.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification n where " + audience.where()
                        + " and n.created_by is distinct from :user "
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

    /**
     * Which notifications the actor's grants address: coordinated governments, operated OPDs (with
     * their governments, so the (government, audience, agency) index serves every branch), assessed
     * governments.
     */
    private record Audience(List<Long> coordinated, List<Long> operatedGovernments, List<Long> operated,
            List<Long> assessed) {

        boolean isEmpty() {
            return coordinated.isEmpty() && operated.isEmpty() && assessed.isEmpty();
        }

        String where() {
            List<String> parts = new ArrayList<>();
            if (!coordinated.isEmpty()) {
                parts.add("(n.audience = 'COORDINATOR' and n.government_id in (:coordinated))");
            }
            if (!operated.isEmpty()) {
                parts.add("(n.audience = 'OPERATOR' and n.government_id in (:operatedGovernments) "
                        + "and n.agency_id in (:operated))");
            }
            if (!assessed.isEmpty()) {
                parts.add("(n.audience = 'ASSESSOR' and n.government_id in (:assessed))");
            }
            return "(" + String.join(" or ", parts) + ")";
        }

        Map<String, Object> params(long user, int limit) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("user", user);
            params.put("limit", limit);
            params.put("coordinated", orNone(coordinated));
            params.put("operatedGovernments", orNone(operatedGovernments));
            params.put("operated", orNone(operated));
            params.put("assessed", orNone(assessed));
            return params;
        }

        private static List<Long> orNone(List<Long> ids) {
            return ids.isEmpty() ? List.of(-1L) : ids;
        }
    }

    private static Audience audience(Actor actor) {
        return new Audience(ids(actor, Role.COORDINATOR, Grant::governmentId),
                ids(actor, Role.OPERATOR, Grant::governmentId), ids(actor, Role.OPERATOR, Grant::agencyId),
                ids(actor, Role.ASSESSOR, Grant::governmentId));
    }

    private static List<Long> ids(Actor actor, Role role, java.util.function.Function<Grant, Long> id) {
        return actor.grants().stream().filter(g -> g.role() == role).map(id).distinct().toList();
    }
}
