package br.com.regua.delivery.outbox;

import br.com.regua.delivery.ChannelSender;
import br.com.regua.delivery.OutgoingMessage;
import br.com.regua.delivery.SendOutcome;
import br.com.regua.senders.Provider;
import br.com.regua.shared.Channel;

/** The {@code OUTBOX} provider of one channel: every message is accepted and kept, none leaves. */
class OutboxSender implements ChannelSender {

    private final Channel channel;
    private final OutboxMessages messages;

    OutboxSender(Channel channel, OutboxMessages messages) {
        this.channel = channel;
        this.messages = messages;
    }

    @Override
    public Channel channel() {
        return channel;
    }

    @Override
    public String provider() {
        return Provider.OUTBOX.name();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        var id = messages.store(message);
        return new SendOutcome.Accepted("Régua: guardada na caixa de saída local (" + id + ")", id.toString());
    }
}
