package id.sinergi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request body over the upload limit is refused by the server before any code sees it: say so clearly.
 * Tomcat reports a part whose headers exceed {@code server.tomcat.max-part-header-size} (a very long file
 * name) the same way as an over-limit body; that one is told apart by its limit and named as a name problem.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;
    private final DataSize limit;
    private final DataSize partHeaderLimit;

    UploadLimitHandler(MessageSource messages, @Value("${sinergi.evidence.max-size:50MB}") DataSize limit,
            @Value("${server.tomcat.max-part-header-size:512B}") DataSize partHeaderLimit) {
        this.messages = messages;
        this.limit = limit;
        this.partHeaderLimit = partHeaderLimit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException exception, HttpServletRequest request,
            Locale locale) {
        boolean name = partHeadersTooLong(exception);
        HttpStatus status = name ? HttpStatus.BAD_REQUEST : HttpStatus.CONTENT_TOO_LARGE;
        String key = name ? "evidence.nameTooLong" : "evidence.tooLarge";
        Object argument = name ? partHeaderLimit.toBytes() : limit.toMegabytes();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, new Object[] {argument}, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("problem", key);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private boolean partHeadersTooLong(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException size && size.getPermittedSize() == partHeaderLimit.toBytes()) {
                return true;
            }
        }
        return false;
    }
}
