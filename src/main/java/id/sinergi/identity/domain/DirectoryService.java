package id.sinergi.identity.domain;

import id.sinergi.identity.Directory;
import id.sinergi.shared.Role;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class DirectoryService implements Directory {

    private final JdbcClient jdbc;

    DirectoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Contact> holders(Role role, long governmentId, Long agencyId) {
        var query = jdbc.sql("select distinct u.id, u.email, u.display_name from role_grant g "
                        + "join user_account u on u.id = g.user_id "
                        + "where g.role = :role and g.government_id = :government and not g.pending and u.status = 'ACTIVE' "
                        + (agencyId == null ? "" : "and g.agency_id = :agency ") + "order by u.id")
                .param("role", role.name()).param("government", governmentId);
        if (agencyId != null) {
            query = query.param("agency", agencyId);
        }
        return query.query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public List<Contact> nationalAdmins() {
        return jdbc.sql("select distinct u.id, u.email, u.display_name from role_grant g join user_account u on u.id = g.user_id "
                        + "where g.role = 'NATIONAL_ADMIN' and u.status = 'ACTIVE' order by u.id")
                .query((rs, row) -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
