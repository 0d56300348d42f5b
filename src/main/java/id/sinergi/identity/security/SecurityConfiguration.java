package id.sinergi.identity.security;

import id.sinergi.identity.domain.IdentityLookup;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains. {@code /api/**}: stateless, bearer personal access tokens, no cookies (so no CSRF),
 * problem details for 401/403. Pages: session login at {@code /masuk}, CSRF on every form, strict
 * security headers. Everything not listed as public needs a signed-in user; scope checks happen in
 * the application services, not here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Pages anyone may open. */
    static final List<String> PUBLIC_PAGES = List.of("/", "/kalkulator", "/masuk", "/undangan/*", "/error",
            "/oauth2/authorization/*", "/login/oauth2/code/*",
            "/peringkat", "/peringkat/**", "/data/hasil", "/data/hasil/*",
            "/css/**", "/webjars/**", "/favicon.svg", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
            "/swagger-ui/**");

    /** API endpoints anyone may call: the public scoring contract, published instruments, the registry. */
    static final List<String> PUBLIC_API_GET = List.of("/api/v1/frameworks", "/api/v1/frameworks/*",
            "/api/v1/governments", "/api/v1/governments/*", "/api/v1/rankings", "/api/v1/rankings/*",
            "/api/v1/statistics/*", "/api/v1/governments/*/trend");
    static final List<String> PUBLIC_API_POST = List.of("/api/v1/frameworks/*/score");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, IdentityLookup lookup, SinergiUserDetailsService users,
            ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_GET.toArray(String[]::new)).permitAll()
                        .requestMatchers(HttpMethod.POST, PUBLIC_API_POST.toArray(String[]::new)).permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("NATIONAL_ADMIN")
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new AccessTokenFilter(lookup, users, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.signInRequired"))
                        .accessDeniedHandler((request, response, e) ->
                                problems.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.forbidden")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, IdentityLookup lookup, SinergiUserDetailsService users,
            PasswordEncoder passwordEncoder, ObjectProvider<ClientRegistrationRepository> sso, java.time.Clock clock)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // The password is checked before the account state, so every refusal costs one bcrypt check.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account not active");
            }
        });
        // One provider and no parent manager: Boot's global DaoAuthenticationProvider would retry every
        // failed password, doubling the bcrypt cost and making timings differ between account states.
        http.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwords, lookup)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES.toArray(String[]::new)).permitAll()
                        .requestMatchers("/admin/**").hasRole("NATIONAL_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/masuk").loginProcessingUrl("/masuk")
                        .usernameParameter("email").passwordParameter("password")
                        .defaultSuccessUrl("/beranda", false)
                        .failureHandler((request, response, e) -> {
                            String target = e instanceof ThrottledException throttled
                                    ? "/masuk?galat=terkunci&menit=" + minutesUntil(throttled.until(), clock)
                                    : "/masuk?galat=kredensial";
                            response.sendRedirect(request.getContextPath() + target);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/keluar").logoutSuccessUrl("/masuk?keluar").permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        if (sso.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/masuk")
                    .successHandler(new SsoSuccessHandler(users, lookup))
                    .failureHandler((request, response, e) ->
                            response.sendRedirect(request.getContextPath() + "/masuk?galat=sso")));
        }
        return http.build();
    }

    private static long minutesUntil(Instant until, java.time.Clock clock) {
        return Math.max(1, (Duration.between(clock.instant(), until).toSeconds() + 59) / 60);
    }
}
