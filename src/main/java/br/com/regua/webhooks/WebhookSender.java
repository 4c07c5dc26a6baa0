package br.com.regua.webhooks;

import com.standardwebhooks.Webhook;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * One signed POST to a receiver (Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>}). Connecting may take
 * 5 s and the answer 10 s more; redirects are not followed (a 3xx is a failure), so a receiver
 * cannot send Régua on to an address that was never checked.
 */
@Component
class WebhookSender {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    /** What came back: a status (null when none did), the first 1 KB, or the error, in pt-BR. */
    record Answer(Integer status, String body, String error, long latencyMs) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        boolean gone() {
            return status != null && status == 410;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final Clock clock;

    WebhookSender(Clock clock) {
        this.clock = clock;
    }

    /** Starts the POST; the future never fails, and completes within the timeouts. */
    CompletableFuture<Answer> post(String url, String secret, String messageId, String body) {
        long started = System.nanoTime();
        HttpRequest request;
        try {
            long timestamp = clock.instant().getEpochSecond();
            String signature = new Webhook(secret).sign(messageId, timestamp, body);
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(READ_TIMEOUT)
                    .header("content-type", "application/json")
                    .header("user-agent", "Regua-Webhooks/1")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
        } catch (Exception e) {
            return CompletableFuture.completedFuture(new Answer(null, null, "URL ou assinatura inválida: " + e, 0));
        }
        CompletableFuture<java.net.http.HttpResponse<String>> sent = http.sendAsync(request, FirstKilobyte.handler());
        // The request's own timeout covers the wait for the status line; this one also covers a
        // body that trickles in.
        return sent.handle((response, failure) -> failure == null
                        ? new Answer(response.statusCode(), response.body(), null, millisSince(started))
                        : new Answer(null, null, describe(unwrap(failure)), millisSince(started)))
                .completeOnTimeout(null, CONNECT_TIMEOUT.plus(READ_TIMEOUT).toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(answer -> {
                    if (answer != null) return answer;
                    sent.cancel(true);
                    return new Answer(null, null, "tempo esgotado esperando a resposta", millisSince(started));
                });
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) return "tempo esgotado ao conectar";
        if (cause instanceof HttpTimeoutException) return "tempo esgotado esperando a resposta";
        if (cause instanceof ConnectException) return "conexão recusada";
        String message = cause == null ? null : cause.getMessage();
        String text =
                cause == null ? "erro" : cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replace("\u0000", "");
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
