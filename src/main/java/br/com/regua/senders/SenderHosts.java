package br.com.regua.senders;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which SMTP servers a tenant's sender may reach. In an installation with several accounts (an
 * operator token is set) a tenant must not point a sender at the operator's own network and use
 * "Testar" to probe it: unless {@code regua.senders.allow-private} says otherwise, loopback,
 * private, link-local, shared (CGNAT), unspecified, broadcast and multicast addresses are refused,
 * IPv4 addresses inside IPv6 ones too. The built-in mail catcher is always allowed. With a single
 * account the operator is the tenant, and any address is allowed by default.
 *
 * <p>Checked when a sender is saved, before a sender test, and meant to be checked again when the
 * e-mail path opens a connection: the name is resolved each time, so a name that pointed at a
 * public address when saved and at a private one later (DNS rebinding) is refused then. The JVM's
 * resolver cache (30 s by default) makes the connection that follows a check use the addresses
 * that were checked.
 */
@Component
public class SenderHosts {

    public static final String SETTING = "regua.senders.allow-private";

    private final Environment environment;

    public SenderHosts(Environment environment) {
        this.environment = environment;
    }

    /**
     * Why a sender of this provider may not use this host, in pt-BR; empty when it may. A name that
     * does not resolve now is let through: it is checked again when a connection is opened.
     */
    public Optional<String> check(Provider provider, String host) {
        if (provider == Provider.CATCHER || host == null || host.isBlank() || allowsPrivate()) return Optional.empty();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.strip());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refusal(address);
            if (refused.isPresent()) return Optional.of(host.strip() + " " + refused.get());
        }
        return Optional.empty();
    }

    /** The same check for a sender about to be connected to: call it right before connecting. */
    public Optional<String> check(SenderConfig sender) {
        Provider provider;
        try {
            provider = Provider.valueOf(sender.provider());
        } catch (IllegalArgumentException e) {
            provider = Provider.SMTP;
        }
        return check(provider, sender.host());
    }

    /** For a socket that has resolved the name itself: why it may not connect to this address. */
    public Optional<String> check(InetAddress address) {
        if (allowsPrivate()) return Optional.empty();
        return refusal(address).map(reason -> address.getHostAddress() + " " + reason);
    }

    /** An explicit setting wins; without one, private addresses are allowed only with a single account. */
    public boolean allowsPrivate() {
        Boolean setting = environment.getProperty(SETTING, Boolean.class);
        if (setting != null) return setting;
        String operatorToken = environment.getProperty("regua.operator-token");
        return operatorToken == null || operatorToken.isBlank();
    }

    private static Optional<String> refusal(InetAddress address) {
        return kind(address)
                .map(kind -> "aponta para um endereço " + kind + " (" + address.getHostAddress()
                        + "); esta instalação só aceita servidores SMTP em endereços públicos");
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

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or
     * NAT64 (64:ff9b::a.b.c.d) address, which reaches that IPv4 address; null for any other.
     */
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
