package org.vidya.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import org.vidya.platform.AccessTokenVerifier;
import org.vidya.platform.VidyaPrincipal;

/**
 * Two doors. The REST API under {@code /api} is stateless and takes bearer access tokens;
 * every other path is the browser app with a server session and CSRF protection.
 * Permissions are checked again in services ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_API = {
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/otp", "/api/v1/auth/refresh",
            "/api/v1/auth/logout", "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password",
            "/api/v1/auth/verify-email/*", "/api/v1/auth/totp/enrolment", "/api/v1/auth/totp/enrolment/confirm",
            "/api/v1/invitations/*/accept"};

    static final String[] PUBLIC_PAGES = {
            "/login", "/login/**", "/register", "/verify-email/**", "/forgot-password", "/reset-password",
            "/invitations/**", "/dev/mailbox", "/dev/mailbox/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/lang"};

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokenVerifier tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new TenantContextFilter(), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::authenticationRequired)
                        .accessDeniedHandler(problems::accessDenied))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AccessTokenVerifier tokens, ProblemResponses problems)
            throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        http.requestCache(c -> c.requestCache(requestCache))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .addFilterAfter(new SessionPrincipalFilter(tokens), SecurityContextHolderAwareRequestFilter.class)
                .addFilterAfter(new TenantContextFilter(), SessionPrincipalFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-eval'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                // htmx and JSON callers get a problem; a person's browser goes to the login page.
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(problems::authenticationRequired,
                                ProblemResponses::wantsProblem)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> true)
                        .accessDeniedHandler(problems::accessDenied))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null
                                    && authentication.getPrincipal() instanceof VidyaPrincipal principal) {
                                tokens.signedOut(principal);
                            }
                        })
                        .deleteCookies("JSESSIONID"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }
}
