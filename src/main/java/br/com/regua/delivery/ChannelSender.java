package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.shared.Channel;

/** Delivers messages of one channel through one kind of provider (SMTP, Twilio, WhatsApp Cloud, outbox). */
public interface ChannelSender {

    Channel channel();

    /** The provider this sender speaks, as stored in {@code senders.provider} (e.g. SMTP, TWILIO, OUTBOX). */
    String provider();

    SendOutcome send(OutgoingMessage message);

    /**
     * Sends through {@code sender}, the message's sender as the dispatcher already looked it up
     * (secrets decrypted): a provider that can use it need not read it again for every message.
     */
    default SendOutcome send(SenderConfig sender, OutgoingMessage message) {
        return send(message);
    }
}
