package id.sinergi.identity;

import id.sinergi.shared.Actor;
import java.util.Optional;

/** The signed-in person of the current request, with their grants as they are now. */
public interface CurrentActor {

    Optional<Actor> current();
}
