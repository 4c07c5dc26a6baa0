package br.com.regua.pix;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The PSP's door: no API key, no session, no CSRF token (a server posts it); the secret in the path
 * authenticates the call, in {@link PixWebhookReceiver}. Ahead of the back-office chain, which would
 * send it to the login page.
 */
@Configuration(proxyBeanMethods = false)
class PixSecurity {

    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pixWebhook(HttpSecurity http) throws Exception {
        return http.securityMatcher(PixPayments.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
