package br.com.regua.delivery.inbound;

import br.com.regua.delivery.http.ProviderHttp;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Confirms an SNS subscription by visiting its SubscribeURL, but only an SNS address: the URL
 * comes from the request body, and Régua must not be made to call anywhere else.
 */
@Component
class SesSubscriptions {

    static final String SNS_URL = "https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.*";

    private final Pattern allowed;
    private final RestClient http;

    SesSubscriptions(
            RestClient.Builder builder, @Value("${regua.inbound.ses.subscribe-url-pattern:}") String allowedPattern) {
        this.allowed = Pattern.compile(allowedPattern == null || allowedPattern.isBlank() ? SNS_URL : allowedPattern);
        this.http = ProviderHttp.client(
                builder, URI.create("https://sns.amazonaws.com"), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    boolean isSnsUrl(String url) {
        return url != null && allowed.matcher(url).matches();
    }

    /** Visits the SubscribeURL; true when SNS answered 2xx. */
    boolean confirm(String subscribeUrl) {
        if (!isSnsUrl(subscribeUrl)) return false;
        try {
            return http.get()
                    .uri(URI.create(subscribeUrl))
                    .exchange((request, response) -> response.getStatusCode().is2xxSuccessful());
        } catch (RestClientException | IllegalArgumentException e) {
            return false;
        }
    }
}
