package br.com.regua.senders;

/**
 * A sender's DKIM signing as a client sees it: the signing domain ({@code d=}), the selector
 * ({@code s=}) and the DNS TXT record to publish. The private key is never part of it.
 */
public record SenderDkim(String domain, String selector, boolean enabled, DnsRecord publicKeyDnsRecord) {

    /** {@code name} IN TXT {@code value}, e.g. {@code regua1._domainkey.provedor.com.br}. */
    public record DnsRecord(String name, String type, String value) {}

    static final SenderDkim NONE = new SenderDkim(null, null, false, null);

    static SenderDkim of(String domain, String selector, String publicKey) {
        if (domain == null) return NONE;
        return new SenderDkim(
                domain,
                selector,
                true,
                new DnsRecord(selector + "._domainkey." + domain, "TXT", "v=DKIM1; k=rsa; p=" + publicKey));
    }
}
