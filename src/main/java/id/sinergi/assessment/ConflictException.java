package id.sinergi.assessment;

/**
 * Somebody changed the row since the writer read it: nothing was written. {@code current} is what is
 * stored now, so the writer can see what changed and merge.
 */
public class ConflictException extends RuntimeException {

    private final transient Object current;

    public ConflictException(Object current) {
        super("changed by someone else");
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
