package id.sinergi.organization.rest;

import id.sinergi.organization.OrganizationProblem;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(basePackageClasses = OrganizationProblems.class)
class OrganizationProblems {

    private final MessageSource messages;

    OrganizationProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ProblemDetail refused(OrganizationProblem e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage(e.messageKey(), e.arguments().toArray(), locale));
        problem.setProperty("problem", e.messageKey());
        return problem;
    }
}
