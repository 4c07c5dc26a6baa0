package br.com.regua.senders;

import br.com.regua.shared.NonPublicAddresses;
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
        return NonPublicAddresses.kind(address)
                .map(kind -> "aponta para um endereço " + kind + " (" + address.getHostAddress()
                        + "); esta instalação só aceita servidores SMTP em endereços públicos");
    }
}
