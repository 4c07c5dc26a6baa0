package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.senders.SenderConfigs;
import br.com.regua.shared.Channel;
import org.springframework.stereotype.Component;

/** The first account's sender in the embedded default: plain SMTP, to the in-process catcher. */
@Component
class CatcherSender implements ChannelSender {

    private final SenderConfigs senders;
    private final EmailSender smtp;

    CatcherSender(SenderConfigs senders, EmailSender smtp) {
        this.senders = senders;
        this.smtp = smtp;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String provider() {
        return "CATCHER";
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        SenderConfig sender = senders.find(message.accountId(), message.senderId())
                .orElseThrow(() -> new IllegalStateException("sender " + message.senderId() + " is gone"));
        return smtp.send(sender, message);
    }

    @Override
    public SendOutcome send(SenderConfig sender, OutgoingMessage message) {
        return smtp.send(sender, message);
    }
}
