package id.sinergi.assessment;

import java.util.List;

/** A refused evaluation change: the message key (messages.properties) and its arguments. */
public class AssessmentProblem extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public AssessmentProblem(String messageKey, Object... arguments) {
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
