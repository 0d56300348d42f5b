package id.sinergi.shared;

import java.util.List;

/**
 * Refused input or action, described by a message key of {@code messages*.properties} and its
 * arguments, so every module's refusals reach the user in their language the same way (a 4xx with
 * the message). Nothing was changed when one is thrown.
 */
public abstract class Problem extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected Problem(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
