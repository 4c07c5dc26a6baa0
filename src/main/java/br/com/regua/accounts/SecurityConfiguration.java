package br.com.regua.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Three doors: the REST API (stateless, bearer tokens, problem+json errors), actuator (health
 * public, the rest the operator's) and the back-office (form login, session, CSRF). All exist only with the web server: a context started without it
 * (the benchmark's) still has the password encoder the first-start bootstrap needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, ApiKeys apiKeys, AccessProperties access) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/accounts")
                        .hasRole("OPERATOR")
                        // E-mail providers post bounces and complaints holding no API key; the
                        // endpoint authenticates them itself by the account's webhook token.
                        .requestMatchers(HttpMethod.POST, "/api/v1/inbound/email-events/*")
                        .permitAll()
                        .anyRequest()
                        .hasRole("API"))
                .addFilterBefore(new BearerTokenFilter(apiKeys, access), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problem(
                                response,
                                401,
                                "Unauthorized",
                                "Informe uma chave de API válida em Authorization: Bearer <chave>"))
                        .accessDeniedHandler((request, response, e) -> problem(
                                response,
                                403,
                                "Forbidden",
                                request.getRequestURI().endsWith("/accounts") && !access.operatorEnabled()
                                        ? "Criação de contas pela API está desligada (defina REGUA_OPERATOR_TOKEN)"
                                        : "Esta credencial não permite esta operação")))
                .build();
    }

    /**
     * Health answers anyone (load balancers, probes); metrics and every other endpoint only the
     * operator's token, unless {@code regua.metrics.public} opens the metrics to a scraper that
     * cannot send one.
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain actuator(
            HttpSecurity http,
            ApiKeys apiKeys,
            AccessProperties access,
            @Value("${regua.metrics.public:false}") boolean metricsPublic)
            throws Exception {
        return http.securityMatcher("/actuator", "/actuator/**")
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    if (metricsPublic)
                        requests.requestMatchers("/actuator/prometheus").permitAll();
                    requests.anyRequest().hasRole("OPERATOR");
                })
                .addFilterBefore(new BearerTokenFilter(apiKeys, access), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> problem(
                                response,
                                401,
                                "Unauthorized",
                                "Informe o token do operador em Authorization: Bearer <REGUA_OPERATOR_TOKEN>"))
                        .accessDeniedHandler((request, response, e) -> problem(
                                response, 403, "Forbidden", "Somente o token do operador acessa este endereço")))
                .build();
    }

    @Bean
    @Order(3)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain backOffice(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/v3/api-docs/**",
                                "/swagger-ui/**",
                                "/swagger-ui.html",
                                "/descadastro/**",
                                "/faturas/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                // RFC 8058: mail clients POST the one-click unsubscribe without any session or token;
                // the link itself is signed.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/descadastro/**"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\"", "\\\"") + "\"}");
    }
}
