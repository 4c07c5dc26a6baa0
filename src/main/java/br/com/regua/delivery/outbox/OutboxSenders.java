package br.com.regua.delivery.outbox;

import br.com.regua.delivery.ChannelSender;
import br.com.regua.shared.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox provider for SMS and for WhatsApp, the embedded default of both channels. */
@Configuration(proxyBeanMethods = false)
class OutboxSenders {

    @Bean
    ChannelSender outboxSms(OutboxMessages messages) {
        return new OutboxSender(Channel.SMS, messages);
    }

    @Bean
    ChannelSender outboxWhatsApp(OutboxMessages messages) {
        return new OutboxSender(Channel.WHATSAPP, messages);
    }
}
