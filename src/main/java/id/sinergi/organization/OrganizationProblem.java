package id.sinergi.organization;

import java.util.List;

/** A refused change: the message key (messages.properties) and its arguments. */
public class OrganizationProblem extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public OrganizationProblem(String messageKey, Object... arguments) {
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
