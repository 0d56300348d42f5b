package id.sinergi.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body an endpoint accepts, declared on its handler method. Endpoints without it
 * accept the platform's default (128 KB), which every JSON command and form of Sinergi fits in several
 * times over. The limit is enforced while the body arrives: a declared {@code Content-Length} above it
 * is refused before anything is read, and a body without one is cut off at the limit; both are
 * answered 413 with the limit named.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BodyLimit {

    /** The limit in kilobytes (1,024 bytes); ignored when {@link #upload()} is set. */
    long kilobytes() default 128;

    /** An evidence upload: the configured evidence limit ({@code EVIDENCE_MAX_SIZE}) plus room for the form around the file. */
    boolean upload() default false;
}
