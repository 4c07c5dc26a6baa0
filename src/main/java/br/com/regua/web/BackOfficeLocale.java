package br.com.regua.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The back-office speaks pt-BR whatever the browser asks for, so that validation messages match
 * the pages around them; the REST API honours Accept-Language, and speaks pt-BR to a client that
 * sends none (curl, most integrations), whatever the server machine's own locale.
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeLocale {

    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        api.setDefaultLocale(PT_BR);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                        ? api.resolveLocale(request)
                        : PT_BR;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                throw new UnsupportedOperationException("the locale follows the request");
            }
        };
    }
}
