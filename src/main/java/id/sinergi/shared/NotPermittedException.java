package id.sinergi.shared;

/** The actor may not see or do this. Answered with 403 (never with the data). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException() {
        super("not permitted");
    }
}
