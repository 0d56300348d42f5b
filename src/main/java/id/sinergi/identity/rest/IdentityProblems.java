package id.sinergi.identity.rest;

import id.sinergi.identity.IdentityProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(basePackageClasses = IdentityProblems.class)
class IdentityProblems {

    private final MessageSource messages;

    IdentityProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(IdentityProblem e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        problem.setProperty("problem", e.messageKey());
        return problem;
    }
}
