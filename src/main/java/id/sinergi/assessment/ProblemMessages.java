package id.sinergi.assessment;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** Writes an {@link AssessmentProblem} in the reader's language, stages by their local names. */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    public static String of(MessageSource messages, AssessmentProblem problem, Locale locale) {
        Object[] args = problem.arguments().stream()
                .map(a -> a instanceof Stage stage ? messages.getMessage("stage." + stage.name(), null, locale) : a)
                .toArray();
        return messages.getMessage(problem.messageKey(), args, locale);
    }
}
