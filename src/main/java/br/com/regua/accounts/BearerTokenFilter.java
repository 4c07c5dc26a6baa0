package br.com.regua.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer <token>}: the operator's token or one of an account's API keys. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiKeys apiKeys;
    private final AccessProperties access;

    BearerTokenFilter(ApiKeys apiKeys, AccessProperties access) {
        this.apiKeys = apiKeys;
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).trim();
            if (!token.isEmpty() && token.length() <= 512) authenticate(token);
        }
        chain.doFilter(request, response);
    }

    private void authenticate(String token) {
        if (access.operatorEnabled() && Secrets.constantTimeEquals(token, access.operatorToken())) {
            set(new Operator(), "ROLE_OPERATOR");
            return;
        }
        apiKeys.authenticate(token).ifPresent(caller -> set(caller, "ROLE_API"));
    }

    private static void set(Object principal, String role) {
        var authentication =
                new UsernamePasswordAuthenticationToken(principal, null, List.of(new SimpleGrantedAuthority(role)));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
