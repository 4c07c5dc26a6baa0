package br.com.regua.accounts;

import br.com.regua.web.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is signed in, for the layout's top bar, and the account's time zone for the dates on the
 * page. Request attributes rather than model attributes: an {@code @ExceptionHandler}'s page gets
 * a fresh model, but the request's attributes still reach it.
 */
@Configuration(proxyBeanMethods = false)
class SignedInUser implements WebMvcConfigurer, HandlerInterceptor {

    private final Accounts accounts;

    SignedInUser(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (isPage(handler) && authentication != null && authentication.getPrincipal() instanceof BackOfficeUser user) {
            request.setAttribute("signedInUser", user.username());
            // The account's name as it is now, not as it was at sign-in: Dados da empresa may rename it.
            Account account = accounts.get(user.accountId());
            request.setAttribute("signedInAccount", account.name());
            request.setAttribute("zone", account.timeZone());
        }
        return true;
    }

    private static boolean isPage(Object handler) {
        return handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PageController.class);
    }
}
