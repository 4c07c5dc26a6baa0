package br.com.regua.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether an address Régua would connect to on a merchant's word (an SMTP server, a webhook
 * receiver) is public: loopback, private, link-local, CGNAT, reserved, multicast and the IPv4
 * inside IPv6 forms are not (SSRF).
 */
public final class NonPublicAddresses {

    private NonPublicAddresses() {}

    /** What kind of non-public address this is, in pt-BR; empty for a public one. */
    public static Optional<String> kind(InetAddress address) {
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
