package id.sinergi.platform.web;

import id.sinergi.shared.NotFoundException;
import id.sinergi.shared.NotPermittedException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused action is a 403, and something missing that the actor may look for a 404: the error page
 * for browsers, a problem detail for API clients. Never the data.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalHandler {

    private final UiFactory ui;
    private final MessageSource messages;

    RefusalHandler(UiFactory ui, MessageSource messages) {
        this.ui = ui;
        this.messages = messages;
    }

    @ExceptionHandler(value = NotPermittedException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView forbiddenPage(HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request, Locale locale) {
        return problem(request, locale, HttpStatus.FORBIDDEN, "api.forbidden");
    }

    @ExceptionHandler(value = NotFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFoundPage(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Locale locale) {
        return problem(request, locale, HttpStatus.NOT_FOUND, "api.notFound");
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status) {
        return new ModelAndView("error", Map.of("ui", ui.ui(request), "status", status.value()), status);
    }

    private ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale, HttpStatus status, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
