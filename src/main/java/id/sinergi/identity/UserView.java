package id.sinergi.identity;

import id.sinergi.shared.Grant;
import java.util.List;

public record UserView(long id, String email, String displayName, AccountStatus status, List<Grant> grants) {

    public UserView {
        grants = List.copyOf(grants);
    }
}
