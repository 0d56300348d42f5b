package id.sinergi.identity;

import id.sinergi.shared.Role;
import java.util.List;

/**
 * Who holds a role now, for work done on nobody's behalf (e-mail copies of notifications): the
 * active accounts with a grant of {@code role} in the government, for operators only those of
 * {@code agencyId}. Invited accounts that never set a password and disabled ones are left out.
 */
public interface Directory {

    List<Contact> holders(Role role, long governmentId, Long agencyId);

    /** The active national admins. */
    List<Contact> nationalAdmins();

    record Contact(long userId, String email, String displayName) {
    }
}
