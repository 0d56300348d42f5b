package id.sinergi.shared;

/**
 * Counts what is waiting unread for a person (notifications), so the page header can show it
 * without depending on the module that owns them. Implementations answer with one indexed query.
 */
public interface UnreadCounter {

    long unread(Actor actor);
}
