package id.sinergi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON request body that could not be read: 400 naming the field that was wrong
 * ("levels.IND-01", "target"), in the client's language, never Jackson's own text. (A body over its
 * endpoint's limit never gets this far: {@link BodyLimits}.)
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyProblems {

    private final MessageSource messages;

    RequestBodyProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request,
            Locale locale) {
        JacksonException json = null;
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException j && json == null) {
                json = j;
            }
        }
        String field = json == null ? "" : field(json);
        String key;
        Object[] arguments;
        if (field.isEmpty()) {
            key = "request.body.invalid";
            arguments = new Object[0];
        } else if (json instanceof InvalidFormatException format && format.getTargetType() == BigDecimal.class) {
            key = "request.field.number";
            arguments = new Object[] {field};
        } else {
            key = "request.field.invalid";
            arguments = new Object[] {field};
        }
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(key, arguments, locale));
        detail.setProperty("problem", key);
        if (!field.isEmpty()) {
            detail.setProperty("field", field);
        }
        detail.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    /** "levels.IND-01", "evidenceIds[2]": where in the body the problem is; empty when not known. */
    static String field(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                String name = reference.getPropertyName();
                path.append(name.length() > 60 ? name.substring(0, 60) + "…" : name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
