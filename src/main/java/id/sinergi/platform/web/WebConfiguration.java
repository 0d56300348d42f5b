package id.sinergi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia unless the user chose English ({@code ?lang=en}, remembered in a cookie). API
 * clients may also ask for English with {@code Accept-Language}; pages ignore that header, since
 * most browsers here are set to English while their users expect an Indonesian government site.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final UiInterceptor ui;

    WebConfiguration(UiInterceptor ui) {
        this.ui = ui;
    }

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final List<Locale> SUPPORTED = List.of(INDONESIAN, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("sinergi-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(WebConfiguration::fromHeader);
        return resolver;
    }

    private static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank() || !request.getRequestURI().startsWith("/api/")) {
            return INDONESIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? INDONESIAN : match;
        } catch (IllegalArgumentException e) {
            return INDONESIAN;
        }
    }

    /** Body limits first, before security or anything else reads a byte of the body. */
    @Bean
    FilterRegistrationBean<BodyLimits> bodyLimits(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            ObjectProvider<LocaleResolver> locales, MessageSource messages,
            @Value("${spring.servlet.multipart.max-request-size:52MB}") DataSize uploadLimit,
            @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize fileLimit,
            @Value("${server.tomcat.max-part-header-size:512B}") DataSize partHeaderLimit) {
        FilterRegistrationBean<BodyLimits> registration = new FilterRegistrationBean<>(
                new BodyLimits(mappings, locales, messages, uploadLimit, fileLimit, partHeaderLimit));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale requested = super.parseLocaleValue(value);
                return requested != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(requested.getLanguage()))
                        ? requested : null;
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(ui);
    }
}
