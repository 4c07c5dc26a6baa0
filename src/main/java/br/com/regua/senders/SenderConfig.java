package br.com.regua.senders;

import br.com.regua.shared.Channel;
import java.util.Map;
import java.util.UUID;

/**
 * Everything needed to send through a sender, secrets decrypted: for the delivery module only,
 * never serialised to a client.
 */
public record SenderConfig(
        UUID accountId,
        UUID id,
        Channel channel,
        String provider,
        String host,
        Integer port,
        SmtpSecurity security,
        String username,
        String secret,
        String fromAddress,
        String fromName,
        Map<String, Object> settings,
        Dkim dkim) {

    /** DKIM signing of the sender's e-mail, the private key in PEM, decrypted; null when it does not sign. */
    public record Dkim(String domain, String selector, String privateKeyPem) {
        @Override
        public String toString() {
            return "Dkim[d=" + domain + ", s=" + selector + "]";
        }
    }

    @Override
    public String toString() {
        return "SenderConfig[" + id + " " + provider + " " + host + ":" + port + "]";
    }
}
