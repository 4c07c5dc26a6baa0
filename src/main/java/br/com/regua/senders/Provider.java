package br.com.regua.senders;

import br.com.regua.shared.Channel;
import java.util.EnumSet;
import java.util.Set;

/** Who carries a sender's messages, as stored in {@code senders.provider}. */
public enum Provider {
    /** E-mail through the account's SMTP server. */
    SMTP(EnumSet.of(Channel.EMAIL)),
    /** SMS through Twilio's Messages API. */
    TWILIO(EnumSet.of(Channel.SMS)),
    /** WhatsApp through Meta's Cloud API, approved templates only. */
    WHATSAPP_CLOUD(EnumSet.of(Channel.WHATSAPP)),
    /** Nothing leaves: messages are kept in Régua's own outbox, for the embedded default and tests. */
    OUTBOX(EnumSet.of(Channel.SMS, Channel.WHATSAPP)),
    /** The embedded default's in-process mail catcher; made by Régua itself, never by a client. */
    CATCHER(EnumSet.of(Channel.EMAIL));

    private final Set<Channel> channels;

    Provider(Set<Channel> channels) {
        this.channels = channels;
    }

    public boolean serves(Channel channel) {
        return channels.contains(channel);
    }

    /** E-mail goes by SMTP; SMS and WhatsApp stay in the outbox until a real provider is chosen. */
    public static Provider defaultFor(Channel channel) {
        return channel == Channel.EMAIL ? SMTP : OUTBOX;
    }
}
