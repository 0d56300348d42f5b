package id.sinergi.assessment.rest;

import id.sinergi.assessment.ConflictException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A stale write is a 409 that carries what is stored now, so the client can show the change and merge. */
@RestControllerAdvice(basePackageClasses = AssessmentApiAdvice.class)
class AssessmentApiAdvice {

    private final MessageSource messages;

    AssessmentApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("contribution.conflict", null, locale));
        problem.setProperty("current", e.current());
        return problem;
    }
}
