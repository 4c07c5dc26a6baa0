package br.com.regua.delivery.http;

import br.com.regua.delivery.SendOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The HTTP plumbing the SMS and WhatsApp senders share: a client with timeouts, and one call
 * reduced to what the provider answered (status and body, verbatim) or to the I/O error.
 */
public final class ProviderHttp {

    /** How much of a provider's answer is kept as the notification's last response. */
    public static final int MAX_RESPONSE_CHARS = 1000;

    private static final int MAX_BODY_BYTES = 64 * 1024;

    /** What the provider answered. */
    public record Reply(int status, String body) {

        /** {@code "<status> <body>"}, cut to {@link #MAX_RESPONSE_CHARS}. */
        public String response() {
            return truncate(status + " " + body);
        }
    }

    private ProviderHttp() {}

    public static RestClient client(RestClient.Builder builder, URI baseUrl, Duration connect, Duration read) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(connect)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(read);
        return builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .build();
    }

    /**
     * Runs a call and classifies its reply. A connection that could not be made is a transient
     * failure (nothing left); a timeout or a reset once the request was sent is unconfirmed: the
     * provider may have taken the message, and since SMS and WhatsApp providers do not
     * de-duplicate, trying again could send it twice — it is not repeated blindly.
     */
    public static SendOutcome call(RestClient.RequestHeadersSpec<?> request, Function<Reply, SendOutcome> classify) {
        try {
            Reply reply =
                    request.exchange((req, res) -> new Reply(res.getStatusCode().value(), read(res.getBody())));
            return classify.apply(reply);
        } catch (ResourceAccessException e) {
            String text = (timedOut(e) ? "I/O: timeout: " : "I/O: ") + rootMessage(e);
            return notConnected(e)
                    ? new SendOutcome.TransientFailure(truncate(text))
                    : new SendOutcome.Unconfirmed(
                            truncate(text + " — sem confirmação do provedor; não repetida para não enviar duas vezes"));
        }
    }

    public static String truncate(String text) {
        if (text == null) return null;
        return text.length() <= MAX_RESPONSE_CHARS ? text : text.substring(0, MAX_RESPONSE_CHARS - 1) + "…";
    }

    private static String read(InputStream body) throws IOException {
        return new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
    }

    private static boolean notConnected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.ConnectException
                    || t instanceof java.net.http.HttpConnectTimeoutException
                    || t instanceof java.net.UnknownHostException
                    || t instanceof java.net.NoRouteToHostException) return true;
        }
        return false;
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
