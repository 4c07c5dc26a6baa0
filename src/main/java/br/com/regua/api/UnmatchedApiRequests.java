package br.com.regua.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API request that matched no controller (unknown path, wrong method) never reaches
 * {@link ApiErrors}, which advises controllers only; this gives it the same problem+json.
 */
@Component
class UnmatchedApiRequests implements HandlerExceptionResolver, Ordered {

    private final ApiErrors errors;
    private final JsonMapper json;

    UnmatchedApiRequests(ApiErrors errors, JsonMapper json) {
        this.errors = errors;
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (handler instanceof HandlerMethod || !request.getRequestURI().startsWith("/api/")) return null;
        try {
            ResponseEntity<Object> answer = errors.handleException(ex, new ServletWebRequest(request));
            if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) return null;
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            if (problem.getInstance() == null) problem.setInstance(java.net.URI.create(request.getRequestURI()));
            json.writeValue(response.getOutputStream(), problem);
            return new ModelAndView();
        } catch (Exception notAStandardError) {
            return null;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
