package id.sinergi.shared;

import java.util.List;

/**
 * Refused input or action, described by a message key of {@code messages*.properties} and its
 * arguments, so every module's refusals reach the user in their language the same way (a 4xx with
 * the message). Nothing was changed when one is thrown.
 */
public abstract class Problem extends RuntimeException {

    /** The HTTP status of a refusal unless its problem says otherwise: the request was wrong. */
    public static final int BAD_REQUEST = 400;
    /** What was sent is larger than its limit. */
    public static final int CONTENT_TOO_LARGE = 413;

    private final String messageKey;
    private final transient List<Object> arguments;
    private final int status;

    protected Problem(String messageKey, Object... arguments) {
        this(BAD_REQUEST, messageKey, arguments);
    }

    protected Problem(int status, String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
        this.status = status;
    }

    /** The HTTP status this refusal is answered with, chosen where it is thrown (never read from the message key). */
    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
