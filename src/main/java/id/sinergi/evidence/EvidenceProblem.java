package id.sinergi.evidence;

import java.util.List;

/** A refused upload: the message key (messages.properties) and its arguments. Nothing was kept. */
public class EvidenceProblem extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public EvidenceProblem(String messageKey, Object... arguments) {
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
