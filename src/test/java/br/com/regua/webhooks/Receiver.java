package br.com.regua.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

/**
 * A merchant's webhook receiver on loopback, over real HTTP. It answers each request with the next
 * scripted answer (a status, or {@link #TIME_OUT}: no answer for longer than Régua waits), then
 * with the default one, and keeps every request it got with what it answered.
 */
public final class Receiver implements AutoCloseable {

    static final int TIME_OUT = -1;

    public record Request(Map<String, List<String>> headers, String body, int answered) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile IntSupplier otherwise = () -> 200;
    private volatile long delayMillis;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger maxInFlight =
            new java.util.concurrent.atomic.AtomicInteger();

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                if (delayMillis > 0) Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            Integer next = script.poll();
            int status = next != null ? next : otherwise.getAsInt();
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body, status));
            if (status == TIME_OUT) {
                try {
                    Thread.sleep(12_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The next answers, in order. */
    Receiver answer(int... statuses) {
        for (int s : statuses) script.add(s);
        return this;
    }

    /** The answer once the script is over. */
    Receiver otherwise(int status) {
        otherwise = () -> status;
        return this;
    }

    /** Each answer takes this long, as a slow receiver's would. */
    Receiver slow(long millis) {
        delayMillis = millis;
        return this;
    }

    /** The most requests this receiver had in flight at once. */
    int maxInFlight() {
        return maxInFlight.get();
    }

    List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** The requests answered 2xx, in the order they came. */
    public List<Request> accepted() {
        return requests.stream()
                .filter(r -> r.answered() >= 200 && r.answered() < 300)
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The three Standard Webhooks headers of a request, as the library's verify reads them. */
    public static Map<String, List<String>> signatureHeaders(Request request) {
        return Map.of(
                "webhook-id", List.of(request.header("webhook-id")),
                "webhook-timestamp", List.of(request.header("webhook-timestamp")),
                "webhook-signature", List.of(request.header("webhook-signature")));
    }
}
