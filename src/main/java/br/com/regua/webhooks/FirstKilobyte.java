package br.com.regua.webhooks;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Keeps the first 1 KB of a receiver's answer and stops reading there: a receiver that streams an
 * endless body must not hold a delivery, nor fill Régua's memory. NUL characters, which PostgreSQL
 * text cannot hold, are dropped.
 */
final class FirstKilobyte implements HttpResponse.BodySubscriber<String> {

    static final int LIMIT = 1024;

    private final CompletableFuture<String> body = new CompletableFuture<>();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    static HttpResponse.BodyHandler<String> handler() {
        return info -> new FirstKilobyte();
    }

    @Override
    public CompletionStage<String> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer item : items) {
            int n = Math.min(item.remaining(), LIMIT - kept.size());
            byte[] chunk = new byte[n];
            item.get(chunk);
            kept.write(chunk, 0, n);
        }
        if (kept.size() >= LIMIT) {
            subscription.cancel();
            finish();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        finish();
    }

    @Override
    public void onComplete() {
        finish();
    }

    private void finish() {
        body.complete(new String(kept.toByteArray(), StandardCharsets.UTF_8).replace("\u0000", ""));
    }
}
