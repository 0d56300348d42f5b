package id.sinergi.platform.web;

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

/** A refused action is a 403: the error page for browsers, a problem detail for API clients. Never the data. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotPermittedHandler {

    private final UiFactory ui;
    private final MessageSource messages;

    NotPermittedHandler(UiFactory ui, MessageSource messages) {
        this.ui = ui;
        this.messages = messages;
    }

    @ExceptionHandler(value = NotPermittedException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("ui", ui.ui(request), "status", 403), HttpStatus.FORBIDDEN);
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> api(HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("api.forbidden", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
