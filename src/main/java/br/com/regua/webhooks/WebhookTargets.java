package br.com.regua.webhooks;

import br.com.regua.shared.NonPublicAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which URLs a merchant may point an endpoint at. A tenant must not make Régua call the
 * operator's own network (SSRF): unless {@code regua.webhooks.allow-private}
 * ({@code REGUA_WEBHOOKS_ALLOW_PRIVATE}) is true, the host is resolved and every address it has
 * must be public, and the scheme must be https. With the setting on (development, tests, a
 * receiver on the operator's own network) plain http and private addresses are accepted.
 *
 * <p>Checked when an endpoint is saved and again before each delivery, since a name that was
 * public when saved may point elsewhere later (DNS rebinding); the JVM's resolver cache (30 s)
 * makes the connection that follows use the addresses checked.
 */
@Component
class WebhookTargets {

    static final String SETTING = "regua.webhooks.allow-private";
    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;

    WebhookTargets(@Value("${" + SETTING + ":false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why this URL may not receive webhooks, in pt-BR; empty when it may. */
    Optional<String> refusal(String url) {
        if (url == null || url.isBlank()) return Optional.of("é obrigatória");
        if (url.length() > MAX_LENGTH) return Optional.of("deve ter no máximo " + MAX_LENGTH + " caracteres");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("não é uma URL válida");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) return Optional.of("deve começar com https://");
        if (scheme.equals("http") && !allowPrivate) return Optional.of("deve usar https://");
        if (uri.getHost() == null || uri.getHost().isBlank()) return Optional.of("não é uma URL válida");
        if (uri.getRawUserInfo() != null) return Optional.of("não pode conter usuário e senha");
        if (uri.getRawFragment() != null) return Optional.of("não pode conter fragmento (#)");
        if (allowPrivate) return Optional.empty();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("o endereço " + uri.getHost() + " não foi encontrado (DNS)");
        } catch (RuntimeException e) {
            return Optional.of("não é uma URL válida");
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = NonPublicAddresses.kind(address);
            if (kind.isPresent()) {
                return Optional.of(uri.getHost() + " aponta para um endereço " + kind.get() + " ("
                        + address.getHostAddress() + "); só são aceitos endereços públicos");
            }
        }
        return Optional.empty();
    }
}
