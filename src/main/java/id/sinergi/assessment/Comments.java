package id.sinergi.assessment;

import id.sinergi.shared.Actor;
import java.util.List;

/**
 * Each indicator's comment thread. Everyone of the government takes part, except that an operator
 * only sees and writes in the threads of indicators assigned to their OPD.
 */
public interface Comments {

    List<Comment> thread(Actor actor, long governmentId, long periodId, String indicatorCode);

    Comment add(Actor actor, long governmentId, long periodId, String indicatorCode, String body);
}
