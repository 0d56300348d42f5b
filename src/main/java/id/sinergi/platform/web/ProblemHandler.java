package id.sinergi.platform.web;

import id.sinergi.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every module's {@link Problem} thrown from an API endpoint becomes a problem detail (RFC 9457) in
 * the client's language, with the status the problem carries (400 unless it says otherwise, e.g. 413
 * for an over-limit upload). Pages catch their problems
 * themselves, to show them beside the form.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ProblemHandler {

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> refused(Problem problem, Locale locale, HttpServletRequest request) {
        HttpStatus status = HttpStatus.valueOf(problem.status());
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, message(messages, problem, locale));
        detail.setProperty("problem", problem.messageKey());
        detail.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    /** The problem's message; enum arguments (a stage, a role) in their local names ("stage.FINAL"). */
    static String message(MessageSource messages, Problem problem, Locale locale) {
        Object[] args = problem.arguments().stream().map(a -> a instanceof Enum<?> e
                ? messages.getMessage(Character.toLowerCase(e.getDeclaringClass().getSimpleName().charAt(0))
                        + e.getDeclaringClass().getSimpleName().substring(1) + "." + e.name(), null, e.name(), locale)
                : a).toArray();
        return messages.getMessage(problem.messageKey(), args, locale);
    }
}
