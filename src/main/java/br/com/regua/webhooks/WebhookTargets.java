package br.com.regua.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
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
            Optional<String> kind = kind(address);
            if (kind.isPresent()) {
                return Optional.of(uri.getHost() + " aponta para um endereço " + kind.get() + " ("
                        + address.getHostAddress() + "); só são aceitos endereços públicos");
            }
        }
        return Optional.empty();
    }

    /** What kind of non-public address this is, in pt-BR; empty for a public one. */
    static Optional<String> kind(InetAddress address) {
        if (address.isAnyLocalAddress()) return Optional.of("não especificado");
        if (address.isLoopbackAddress()) return Optional.of("da própria máquina (loopback)");
        if (address.isLinkLocalAddress()) return Optional.of("link-local");
        if (address.isSiteLocalAddress()) return Optional.of("de rede privada");
        if (address.isMulticastAddress()) return Optional.of("multicast");
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) return Optional.of("não especificado");
            if (first == 100 && second >= 64 && second < 128) return Optional.of("de rede compartilhada (CGNAT)");
            if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return Optional.of("reservado");
            if (first == 198 && (second == 18 || second == 19)) return Optional.of("reservado");
            if (first >= 240) return Optional.of("reservado ou de broadcast");
            return Optional.empty();
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return Optional.of("de rede privada");
            InetAddress embedded = embeddedIpv4(b);
            if (embedded != null) return kind(embedded);
        }
        return Optional.empty();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address; null otherwise. */
    private static InetAddress embeddedIpv4(byte[] b) {
        boolean zeros = true;
        for (int i = 0; i < 10; i++) zeros &= b[i] == 0;
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0;
        boolean nat64 =
                (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) nat64 = b[i] == 0;
        if (!mapped && !compatible && !nat64) return null;
        try {
            return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
