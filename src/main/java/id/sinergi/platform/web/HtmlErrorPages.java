package id.sinergi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser asking for a page that does not exist gets the site's own page in its language;
 * API clients keep getting problem details (RFC 9457) from Spring's handler.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HtmlErrorPages {

    private final UiFactory ui;

    HtmlErrorPages(UiFactory ui) {
        this.ui = ui;
    }

    @ExceptionHandler(value = NoResourceFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView notFound(HttpServletRequest request) {
        return new ModelAndView("error", Map.of("ui", ui.ui(request), "status", 404), HttpStatus.NOT_FOUND);
    }
}
