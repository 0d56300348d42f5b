package id.sinergi.identity;

import java.util.List;

/** A refused identity change: the message key (messages.properties) and its arguments. */
public class IdentityProblem extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public IdentityProblem(String messageKey, Object... arguments) {
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
