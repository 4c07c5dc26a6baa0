package br.com.regua.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.ChannelSender;
import br.com.regua.delivery.OutgoingMessage;
import br.com.regua.delivery.SendOutcome;
import br.com.regua.shared.Channel;
import br.com.regua.shared.PageRequest;
import br.com.regua.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The local outbox provider keeps SMS and WhatsApp messages per account, and sends nothing. */
class OutboxProviderTest extends IntegrationTest {

    @Autowired
    List<ChannelSender> channelSenders;

    @Autowired
    OutboxMessages outbox;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
    }

    @Test
    void an_sms_and_a_whatsapp_message_are_accepted_and_kept_for_the_account() {
        SendOutcome sms = sender(Channel.SMS).send(sms(tenant.id(), UUID.randomUUID(), "Sua fatura vence amanhã."));
        SendOutcome whatsApp = sender(Channel.WHATSAPP)
                .send(new OutgoingMessage(
                        tenant.id(),
                        UUID.randomUUID(),
                        Channel.WHATSAPP,
                        null,
                        "+5511987654321",
                        null,
                        null,
                        "Olá Maria",
                        List.of(),
                        Map.of(),
                        "fatura_vencendo",
                        List.of("Maria", "R$ 159,90")));

        assertThat(sms).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(whatsApp).isInstanceOf(SendOutcome.Accepted.class);
        var kept = outbox.list(tenant.id(), null, PageRequest.of(null, null)).items();
        assertThat(kept).extracting(OutboxMessage::channel).containsExactly(Channel.SMS, Channel.WHATSAPP);
        assertThat(kept.get(0).text()).isEqualTo("Sua fatura vence amanhã.");
        assertThat(kept.get(0).id().toString()).isEqualTo(((SendOutcome.Accepted) sms).providerMessageId());
        assertThat(kept.get(1).templateName()).isEqualTo("fatura_vencendo");
        assertThat(kept.get(1).templateParameters()).containsExactly("Maria", "R$ 159,90");
        assertThat(outbox.list(tenant.id(), Channel.WHATSAPP, PageRequest.of(null, null))
                        .items())
                .hasSize(1);
    }

    @Test
    void the_same_notification_sent_twice_is_kept_once() {
        UUID notification = UUID.randomUUID();

        var first = (SendOutcome.Accepted) sender(Channel.SMS).send(sms(tenant.id(), notification, "Olá"));
        var retry = (SendOutcome.Accepted) sender(Channel.SMS).send(sms(tenant.id(), notification, "Olá"));

        assertThat(retry.providerMessageId()).isEqualTo(first.providerMessageId());
        assertThat(outbox.list(tenant.id(), null, PageRequest.of(null, null)).items())
                .hasSize(1);
    }

    @Test
    void another_account_sees_none_of_the_messages() {
        sender(Channel.SMS).send(sms(tenant.id(), UUID.randomUUID(), "Olá"));

        assertThat(outbox.list(newTenant().id(), null, PageRequest.of(null, null))
                        .items())
                .isEmpty();
    }

    @Test
    void the_list_pages_in_the_order_the_messages_were_kept() {
        for (int i = 0; i < 3; i++) sender(Channel.SMS).send(sms(tenant.id(), UUID.randomUUID(), "Mensagem " + i));

        var first = outbox.list(tenant.id(), null, PageRequest.of(2, null));
        var second = outbox.list(tenant.id(), null, PageRequest.of(2, first.next()));

        assertThat(first.items()).extracting(OutboxMessage::text).containsExactly("Mensagem 0", "Mensagem 1");
        assertThat(second.items()).extracting(OutboxMessage::text).containsExactly("Mensagem 2");
        assertThat(second.next()).isNull();
    }

    private ChannelSender sender(Channel channel) {
        return channelSenders.stream()
                .filter(s -> s.channel() == channel && s.provider().equals("OUTBOX"))
                .findFirst()
                .orElseThrow();
    }

    private static OutgoingMessage sms(UUID accountId, UUID notificationId, String text) {
        return new OutgoingMessage(
                accountId,
                notificationId,
                Channel.SMS,
                null,
                "+5511987654321",
                null,
                null,
                text,
                List.of(),
                Map.of(),
                null,
                List.of());
    }
}
