package id.sinergi.identity.domain;

import id.sinergi.identity.AccessTokenView;
import id.sinergi.identity.AccountStatus;
import id.sinergi.identity.UserView;
import id.sinergi.shared.Grant;
import id.sinergi.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdentityRepository {

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Credentials(long id, String email, String displayName, String passwordHash, AccountStatus status) {
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("select id, email, display_name, password_hash, status from user_account where lower(email) = lower(?)")
                .param(email).query((rs, row) -> new Credentials(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), AccountStatus.valueOf(rs.getString(5)))).optional();
    }

    Optional<Long> userIdByEmail(String email) {
        return jdbc.sql("select id from user_account where lower(email) = lower(?)").param(email).query(Long.class).optional();
    }

    long insertUser(String email, String displayName, String passwordHash, AccountStatus status) {
        return jdbc.sql("insert into user_account (email, display_name, password_hash, status) values (?, ?, ?, ?) returning id")
                .params(email, displayName, passwordHash, status.name()).query(Long.class).single();
    }

    /** A password that passed {@link PasswordPolicy}: screened, it is not the demo password. */
    void setPassword(long userId, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ?, password_screened = true, status = 'ACTIVE' where id = ?")
                .params(passwordHash, userId).update();
    }

    void touchLogin(long userId) {
        jdbc.sql("update user_account set last_login_at = now() where id = ?").param(userId).update();
    }

    boolean addGrant(long userId, Grant grant) {
        return addGrant(userId, grant, false, null);
    }

    /** A pending grant counts only once its government's invitation is accepted; the name is the one that government gave. */
    boolean addGrant(long userId, Grant grant, boolean pending, String displayName) {
        return jdbc.sql("insert into role_grant (user_id, role, government_id, agency_id, aspect_codes, pending, display_name) "
                        + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(userId, grant.role().name(), grant.governmentId(), grant.agencyId(),
                        grant.aspects().toArray(String[]::new), pending, displayName).update() > 0;
    }

    /** The name a government gives the person, on all its grants of the person. */
    void nameInGovernment(long userId, long governmentId, String displayName) {
        jdbc.sql("update role_grant set display_name = ? where user_id = ? and government_id = ?")
                .params(displayName, userId, governmentId).update();
    }

    /** Accepts the pending grants of one government (null: the national ones); returns how many. */
    int acceptGrants(long userId, Long governmentId) {
        return jdbc.sql("update role_grant set pending = false where user_id = ? and government_id is not distinct from ? and pending")
                .params(userId, governmentId).update();
    }

    /** The name the government gave the person, if it gave one. */
    Optional<String> nameGivenBy(long userId, Long governmentId) {
        return jdbc.sql("select display_name from role_grant where user_id = ? and government_id is not distinct from ? "
                        + "and display_name is not null order by id limit 1")
                .params(userId, governmentId).query(String.class).optional();
    }

    void rename(long userId, String displayName) {
        jdbc.sql("update user_account set display_name = ? where id = ?").params(displayName, userId).update();
    }

    /** Locks the account row for the rest of the transaction (two links of one account accepted at once). */
    void lockUser(long userId) {
        jdbc.sql("select id from user_account where id = ? for update").param(userId).query(Long.class).single();
    }

    /** Limits a user's assessor grant in a government to some aspects (empty: all); false when there is none. */
    boolean setAssessorAspects(long userId, long governmentId, List<String> aspects) {
        return jdbc.sql("update role_grant set aspect_codes = ? where user_id = ? and government_id = ? and role = 'ASSESSOR'")
                .params(aspects.toArray(String[]::new), userId, governmentId).update() > 0;
    }

    int removeGrants(long userId, long governmentId) {
        return jdbc.sql("delete from role_grant where user_id = ? and government_id = ?").params(userId, governmentId).update();
    }

    void disable(long userId) {
        jdbc.sql("update user_account set status = 'DISABLED' where id = ?").param(userId).update();
    }

    /** The grants in force: what the person may do. */
    List<Grant> grants(long userId) {
        return jdbc.sql("select role, government_id, agency_id, aspect_codes from role_grant where user_id = ? and not pending "
                        + "order by id").param(userId).query(IdentityRepository::grant).list();
    }

    /** Every grant, pending ones included: what the account belongs to. */
    List<Grant> allGrants(long userId) {
        return jdbc.sql("select role, government_id, agency_id, aspect_codes from role_grant where user_id = ? order by id")
                .param(userId).query(IdentityRepository::grant).list();
    }

    Optional<UserView> user(long userId) {
        return jdbc.sql("select id, email, display_name, status from user_account where id = ?").param(userId)
                .query((rs, row) -> new UserView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        AccountStatus.valueOf(rs.getString(4)), allGrants(rs.getLong(1)))).optional();
    }

    /**
     * Everyone holding at least one grant in the government, with all their grants there, under the
     * name this government gave them, and invited while this government's grants wait for its link.
     */
    List<UserView> usersOf(long governmentId) {
        Map<Long, UserView> users = new LinkedHashMap<>();
        Map<Long, List<Grant>> grants = new LinkedHashMap<>();
        jdbc.sql("select u.id, u.email, coalesce(g.display_name, u.display_name) as name, "
                        + "case when bool_and(g.pending) over (partition by u.id) and u.status = 'ACTIVE' then 'INVITED' "
                        + "else u.status end as status, g.role, g.government_id, g.agency_id, g.aspect_codes "
                        + "from user_account u join role_grant g on g.user_id = u.id "
                        + "where g.government_id = ? order by lower(coalesce(g.display_name, u.display_name)), u.id, g.id")
                .param(governmentId).query(rs -> {
                    long id = rs.getLong(1);
                    users.putIfAbsent(id, new UserView(id, rs.getString(2), rs.getString(3),
                            AccountStatus.valueOf(rs.getString(4)), List.of()));
                    grants.computeIfAbsent(id, k -> new ArrayList<>()).add(grant(rs, 0));
                });
        return users.values().stream().map(u -> new UserView(u.id(), u.email(), u.displayName(), u.status(),
                grants.get(u.id()))).toList();
    }

    /** A link of one government (null: national) for the account. */
    void insertInvitation(long userId, Long governmentId, String tokenHash, Instant expiresAt) {
        jdbc.sql("insert into invitation (user_id, government_id, token_hash, expires_at) values (?, ?, ?, ?)")
                .params(userId, governmentId, tokenHash, Timestamp.from(expiresAt)).update();
    }

    record OpenInvitation(long userId, Long governmentId) {
    }

    /** The user of a valid, unused invitation. */
    Optional<Long> invitationUser(String tokenHash, Instant now) {
        return jdbc.sql("select user_id from invitation where token_hash = ? and used_at is null and expires_at > ?")
                .params(tokenHash, Timestamp.from(now)).query(Long.class).optional();
    }

    /** A valid, unused invitation, locked for the rest of the transaction. */
    Optional<OpenInvitation> openInvitation(String tokenHash, Instant now) {
        return jdbc.sql("select user_id, government_id from invitation where token_hash = ? and used_at is null "
                        + "and expires_at > ? for update")
                .params(tokenHash, Timestamp.from(now)).query((rs, row) -> new OpenInvitation(rs.getLong(1),
                        rs.getObject(2) == null ? null : rs.getLong(2))).optional();
    }

    /** Closes the open links one government (null: national) has for the account: a new one replaces them. */
    void useInvitations(long userId, Long governmentId, Instant now) {
        jdbc.sql("update invitation set used_at = ? where user_id = ? and government_id is not distinct from ? "
                        + "and used_at is null").params(Timestamp.from(now), userId, governmentId).update();
    }

    void useInvitation(String tokenHash, Instant now) {
        jdbc.sql("update invitation set used_at = ? where token_hash = ?").params(Timestamp.from(now), tokenHash).update();
    }

    /** Closes every open link of the account: once a password is set, no older link may reset it. */
    void useInvitations(long userId, Instant now) {
        jdbc.sql("update invitation set used_at = ? where user_id = ? and used_at is null").params(Timestamp.from(now), userId)
                .update();
    }

    long insertToken(long userId, String name, String tokenHash, String prefix, Instant expiresAt) {
        return jdbc.sql("insert into access_token (user_id, name, token_hash, prefix, expires_at) values (?, ?, ?, ?, ?) returning id")
                .params(userId, name, tokenHash, prefix, Timestamp.from(expiresAt)).query(Long.class).single();
    }

    List<AccessTokenView> tokens(long userId) {
        return jdbc.sql("select id, name, prefix, created_at, expires_at, revoked_at, last_used_at from access_token "
                + "where user_id = ? order by id desc").param(userId).query(IdentityRepository::token).list();
    }

    Optional<AccessTokenView> token(long userId, long tokenId) {
        return jdbc.sql("select id, name, prefix, created_at, expires_at, revoked_at, last_used_at from access_token "
                + "where user_id = ? and id = ?").params(userId, tokenId).query(IdentityRepository::token).optional();
    }

    void revokeToken(long tokenId, Instant now) {
        jdbc.sql("update access_token set revoked_at = ? where id = ? and revoked_at is null").params(Timestamp.from(now), tokenId)
                .update();
    }

    /**
     * The active account owning a usable token; marks the token used, at most once a minute (a write
     * per API request would cost every request a row lock and a WAL record for a date shown to the
     * minute).
     */
    Optional<Long> userOfToken(String tokenHash, Instant now) {
        Timestamp at = Timestamp.from(now);
        Optional<Long> user = jdbc.sql("select t.user_id from access_token t join user_account u on u.id = t.user_id "
                        + "where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.status = 'ACTIVE'")
                .params(tokenHash, at).query(Long.class).optional();
        user.ifPresent(u -> jdbc.sql("update access_token set last_used_at = ? where token_hash = ? "
                        + "and (last_used_at is null or last_used_at < ?)")
                .params(at, tokenHash, Timestamp.from(now.minusSeconds(60))).update());
        return user;
    }

    void recordLoginFailure(String username, String ip, Instant at) {
        jdbc.sql("insert into login_failure (username, ip, at) values (lower(?), ?, ?)").params(username, ip, Timestamp.from(at))
                .update();
    }

    void purgeLoginFailures(Instant before) {
        jdbc.sql("delete from login_failure where at < ?").param(Timestamp.from(before)).update();
    }

    long recentFailuresForUser(String username, Instant since) {
        return jdbc.sql("select count(*) from login_failure where lower(username) = lower(?) and at > ?")
                .params(username, Timestamp.from(since)).query(Long.class).single();
    }

    long recentFailuresFromIp(String ip, Instant since) {
        return jdbc.sql("select count(*) from login_failure where ip = ? and at > ?")
                .params(ip, Timestamp.from(since)).query(Long.class).single();
    }

    Optional<Instant> lastFailureForUser(String username) {
        return jdbc.sql("select max(at) from login_failure where lower(username) = lower(?)").param(username)
                .query((rs, row) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).optional();
    }

    void clearFailures(String username) {
        jdbc.sql("delete from login_failure where lower(username) = lower(?)").param(username).update();
    }

    record StoredPassword(long userId, String email, String hash) {
    }

    /** Active accounts whose password has not been shown to differ from the demo password. */
    List<StoredPassword> unscreenedPasswords() {
        return jdbc.sql("select id, email, password_hash from user_account "
                        + "where status = 'ACTIVE' and password_hash is not null and not password_screened order by id")
                .query((rs, row) -> new StoredPassword(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Marks a password as checked, unless it changed since it was read. */
    void markScreened(StoredPassword password) {
        jdbc.sql("update user_account set password_screened = true where id = ? and password_hash = ?")
                .params(password.userId(), password.hash()).update();
    }

    long countNationalAdmins() {
        return jdbc.sql("select count(*) from role_grant g join user_account u on u.id = g.user_id "
                + "where g.role = 'NATIONAL_ADMIN' and u.status <> 'DISABLED'").query(Long.class).single();
    }

    long countUsers() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    private static Grant grant(ResultSet rs, int row) throws SQLException {
        long government = rs.getLong("government_id");
        Long governmentId = rs.wasNull() ? null : government;
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        java.sql.Array array = rs.getArray("aspect_codes");
        List<String> aspects = array == null ? List.of() : List.of((String[]) array.getArray());
        return new Grant(Role.valueOf(rs.getString("role")), governmentId, agencyId, aspects);
    }

    private static AccessTokenView token(ResultSet rs, int row) throws SQLException {
        return new AccessTokenView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
