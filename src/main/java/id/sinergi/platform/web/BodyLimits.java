package id.sinergi.platform.web;

import id.sinergi.shared.BodyLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every endpoint's largest request body ({@link BodyLimit}, 128 KB unless declared), enforced while
 * the body arrives and before anything else reads it: this filter runs ahead of security and of
 * Spring MVC. A declared {@code Content-Length} over the limit is refused before a byte is read. A
 * body sent without a length is read here, at most one byte past the limit, and refused or handed on;
 * form fields and multipart bodies are parsed here by the server, which stops at its own limits
 * ({@code server.tomcat.max-http-form-post-size}, the same 128 KB; the multipart limits, parts spooled
 * to disk), and the parts are then measured against the endpoint's limit. Each refusal is a 413 that names the
 * limit, as a problem detail for the API and as a page otherwise.
 */
class BodyLimits extends OncePerRequestFilter {

    static final long DEFAULT_LIMIT = 128 * 1024;
    /** The most this filter holds in memory for a body sent without a length (the largest such limit is 1 MB). */
    static final long MAX_BUFFERED = 1024 * 1024;
    /** The limit of the current request, for the error page and the upload handler. */
    static final String LIMIT_ATTRIBUTE = BodyLimits.class.getName() + ".limit";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ObjectProvider<LocaleResolver> locales;
    private final MessageSource messages;
    private final long uploadLimit;
    private final long fileLimit;
    private final long partHeaderLimit;
    private volatile List<Rule> rules;

    BodyLimits(ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<LocaleResolver> locales,
            MessageSource messages, DataSize uploadLimit, DataSize fileLimit, DataSize partHeaderLimit) {
        this.mappings = mappings;
        this.locales = locales;
        this.messages = messages;
        this.uploadLimit = uploadLimit.toBytes();
        this.fileLimit = fileLimit.toBytes();
        this.partHeaderLimit = partHeaderLimit.toBytes();
    }

    record Rule(PathPattern pattern, Set<RequestMethod> methods, long limit) {
    }

    /** The declared limit of a request to {@code path} with {@code method}; the default when nothing is declared. */
    long limitOf(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        long limit = -1;
        for (Rule rule : rules()) {
            if ((rule.methods().isEmpty() || rule.methods().stream().anyMatch(m -> m.name().equals(method)))
                    && rule.pattern().matches(container)) {
                limit = Math.max(limit, rule.limit());
            }
        }
        return limit < 0 ? DEFAULT_LIMIT : limit;
    }

    private List<Rule> rules() {
        List<Rule> known = rules;
        if (known == null) {
            known = new ArrayList<>();
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getObject().getHandlerMethods().entrySet()) {
                BodyLimit declared = entry.getValue().getMethodAnnotation(BodyLimit.class);
                long limit = declared == null ? DEFAULT_LIMIT
                        : declared.upload() ? uploadLimit : declared.kilobytes() * 1024;
                Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
                if (entry.getKey().getPathPatternsCondition() != null) {
                    for (PathPattern pattern : entry.getKey().getPathPatternsCondition().getPatterns()) {
                        known.add(new Rule(pattern, methods, limit));
                    }
                }
            }
            known = List.copyOf(known);
            rules = known;
        }
        return known;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitOf(request.getMethod(), path);
        request.setAttribute(LIMIT_ATTRIBUTE, limit);
        if (length > limit) {
            refuse(request, response, limit);
            return;
        }
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean multipart = type.startsWith("multipart/form-data");
        boolean form = type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
        if (!chunked && (!multipart || isApi(request))) {
            // The server reads exactly Content-Length bytes, which is within the limit. (An API upload is parsed
            // where its endpoint reads it, after the token is checked; a page's is parsed by the CSRF check
            // anyway, so it is parsed here first, to answer an over-limit file properly.)
            chain.doFilter(request, response);
            return;
        }
        if (multipart || form) {
            // The server parses these itself (form fields within server.tomcat.max-http-form-post-size, the default
            // limit; parts spooled to disk within the multipart limits, a file within EVIDENCE_MAX_SIZE) and stops at
            // its limit: parse now, before anyone else (the CSRF check) asks for a field, so that an over-limit body
            // gets this filter's answer instead of a failure deep in another filter.
            try {
                if (multipart) {
                    long total = 0;
                    for (Part part : request.getParts()) {
                        total += part.getSize();
                    }
                    if (total > limit) {
                        refuse(request, response, limit);
                        return;
                    }
                } else {
                    request.getParameterMap();
                }
            } catch (InvalidParameterException e) {
                if (partHeadersTooLong(e)) {
                    if (!isApi(request)) {
                        nameTooLong(request, response);
                        return;
                    }
                    // The API's upload handler meets the same failure and names it (UploadLimitHandler).
                } else if (e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                    refuse(request, response, Math.min(limit, fileLimit));
                    return;
                } else if (!isApi(request)) {
                    Locale locale = locales.getObject().resolveLocale(request);
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    page(response, locale, 400, messages.getMessage("request.multipart.unreadable", null, locale));
                    return;
                }
                // Otherwise the API meets the same failure where it reads the parts, and answers it there.
            }
            chain.doFilter(request, response);
            return;
        }
        if (limit > MAX_BUFFERED) {
            // Only uploads are declared this large, and they come as multipart (spooled to disk); any other body
            // sent without a length would have to be held in memory here, so it is not taken.
            response.setStatus(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Locale locale = locales.getObject().resolveLocale(request);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                    + "\"detail\":\"" + json(messages.getMessage("request.multipartOnly", null, locale))
                    + "\",\"problem\":\"request.multipartOnly\"}");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            refuse(request, response, limit);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        Locale locale = locales.getObject().resolveLocale(request);
        // An evidence upload is named by its file limit (50 MB), the figure users know, not the form's 52 MB.
        String detail = messages.getMessage("request.tooLarge", new Object[] {size(limit == uploadLimit ? fileLimit : limit,
                locale)}, locale);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // The server drops the rest of the body (up to server.tomcat.max-swallow-size) so the client reads this answer.
        String instance = request.getRequestURI();
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                    + json(detail) + "\",\"instance\":\"" + json(instance) + "\",\"problem\":\"request.tooLarge\",\"limitBytes\":"
                    + limit + "}");
        } else {
            page(response, locale, 413, detail);
        }
    }

    /** A small page in the site's style for what is refused before the application runs (no layout model yet). */
    private void page(HttpServletResponse response, Locale locale, int status, String detail) throws IOException {
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String title = messages.getMessage("error.title", null, locale);
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><header class=\"top\"><nav class=\"wrap\">"
                + "<a class=\"brand\" href=\"/\">Sinergi</a></nav></header><main id=\"main\" class=\"wrap\"><h1>"
                + HtmlUtils.htmlEscape(title) + " (" + status + ")</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(messages.getMessage("nav.home", null, locale)) + "</a> · "
                + HtmlUtils.htmlEscape(messages.getMessage("error.tooLarge.back", null, locale)) + "</p></main></body></html>");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Tomcat refuses a part whose headers exceed {@code server.tomcat.max-part-header-size}: a very long file name. */
    private boolean partHeadersTooLong(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException size && size.getPermittedSize() == partHeaderLimit) {
                return true;
            }
        }
        return false;
    }

    private void nameTooLong(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.getObject().resolveLocale(request);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        page(response, locale, 400, messages.getMessage("evidence.nameTooLong", new Object[] {partHeaderLimit}, locale));
    }

    /** "128 KB", "5 MB": how a limit is named in messages. */
    static String size(long bytes, Locale locale) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(locale, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return Math.max(1, bytes / 1024) + " KB";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A request whose body (sent without a length) has been read, within the limit, before anyone else saw it. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream stream;
        private BufferedReader reader;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                ByteArrayInputStream in = new ByteArrayInputStream(body);
                stream = new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        return in.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new IllegalStateException("The body has already been read");
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }
}
