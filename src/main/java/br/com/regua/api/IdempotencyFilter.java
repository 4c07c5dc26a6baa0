package br.com.regua.api;

import br.com.regua.shared.AccountHolder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A POST with an {@code Idempotency-Key} runs once per account and key: a retry with the same
 * body gets the first answer again; the same key with another body is refused. Server errors are
 * not stored, so a retry after one runs again. A key claimed by a request that never answered (its
 * instance died) answers 409 for two minutes, then is processed anew; an answered one replays for
 * a day.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

    private final IdempotencyKeys keys;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UUID accountId = accountId();
        if (accountId == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            write(
                    response,
                    ApiErrors.invalid(List.of(new ApiErrors.FieldProblem(
                            HEADER, "deve ter entre 1 e " + MAX_KEY_LENGTH + " caracteres"))));
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            write(
                    response,
                    ApiErrors.problem(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large", "Corpo grande demais"));
            return;
        }
        String hash = hash(request, body);
        if (!keys.claim(accountId, key, hash)) {
            replayOrRefuse(response, accountId, key, hash);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new CachedBodyRequest(request, body), captured);
            if (captured.getStatus() < 500) {
                keys.complete(
                        accountId,
                        key,
                        captured.getStatus(),
                        captured.getContentType(),
                        captured.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) keys.release(accountId, key);
            captured.copyBodyToResponse();
        }
    }

    private void replayOrRefuse(HttpServletResponse response, UUID accountId, String key, String hash)
            throws IOException {
        var stored = keys.find(accountId, key).orElse(null);
        if (stored == null || !stored.completed()) {
            write(
                    response,
                    ApiErrors.problem(
                            HttpStatus.CONFLICT,
                            "Conflict",
                            "Outra requisição com este Idempotency-Key está em andamento"));
        } else if (!stored.requestHash().equals(hash)) {
            write(
                    response,
                    ApiErrors.problem(
                            HttpStatus.UNPROCESSABLE_CONTENT,
                            "Unprocessable Content",
                            "Este Idempotency-Key já foi usado com outra requisição"));
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) response.setContentType(stored.contentType());
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.body() != null) response.getOutputStream().write(stored.body());
        }
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    private static UUID accountId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountHolder holder ? holder.accountId() : null;
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets the controller read the body this filter already read to hash it. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
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
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
