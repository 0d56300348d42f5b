package id.sinergi.platform.web;

import id.sinergi.shared.NotFoundException;
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

/** Something that does not exist, asked for by someone who may look there: the 404 page, or a problem detail. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundHandler {

    private final UiFactory ui;
    private final MessageSource messages;

    NotFoundHandler(UiFactory ui, MessageSource messages) {
        this.ui = ui;
        this.messages = messages;
    }

    @ExceptionHandler(value = NotFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("ui", ui.ui(request), "status", 404), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> api(HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("api.notFound", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
