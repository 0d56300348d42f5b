package id.sinergi.framework.rest;

import id.sinergi.framework.InstrumentNotFoundException;
import id.sinergi.framework.InstrumentStateException;
import id.sinergi.framework.InvalidInstrumentException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457) for the instrument endpoints, in the user's language. */
@RestControllerAdvice(basePackageClasses = FrameworkProblems.class)
class FrameworkProblems {

    private final MessageSource messages;

    FrameworkProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail notFound(InstrumentNotFoundException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("framework.notFound", new Object[] {e.code()}, locale));
        problem.setTitle(messages.getMessage("problem.framework.notFound", null, locale));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail wrongState(InstrumentStateException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
                "framework.state." + e.status().name().toLowerCase(Locale.ROOT), new Object[] {e.code(), e.version()}, locale));
        problem.setTitle(messages.getMessage("problem.framework.state", null, locale));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidInstrumentException e, Locale locale) {
        List<Map<String, Object>> errors = e.problems().stream()
                .map(p -> Map.<String, Object>of("path", p.path(), "problem", p.messageKey(),
                        "message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("instrument.invalid", new Object[] {errors.size()}, locale));
        problem.setTitle(messages.getMessage("problem.framework.invalid", null, locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
