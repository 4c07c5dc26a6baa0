package br.com.regua.delivery;

import br.com.regua.shared.Channel;

/** Delivers messages of one channel through one kind of provider (SMTP, Twilio, WhatsApp Cloud, outbox). */
public interface ChannelSender {

    Channel channel();

    /** The provider this sender speaks, as stored in {@code senders.provider} (e.g. SMTP, TWILIO, OUTBOX). */
    String provider();

    SendOutcome send(OutgoingMessage message);
}
