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
        Map<String, Object> settings) {

    @Override
    public String toString() {
        return "SenderConfig[" + id + " " + provider + " " + host + ":" + port + "]";
    }
}
