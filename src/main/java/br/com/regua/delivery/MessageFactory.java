package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.senders.SenderConfigs;
import br.com.regua.shared.Brl;
import br.com.regua.shared.Channel;
import br.com.regua.templates.RenderedMessage;
import br.com.regua.templates.Templates;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a claimed notification into the message to send — or into the reason it must not go any
 * more: the charge closed since it was queued, the address was suppressed, the customer or the
 * contact turned notices off. Re-checked here, right before sending, because the outbox may hold
 * a notice for hours.
 */
@Component
class MessageFactory {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    sealed interface Built permits Ready, Dropped, NoSender {}

    record Ready(String provider, OutgoingMessage message) implements Built {}

    /** Not to be sent: CANCELLED (the charge closed) or SKIPPED (someone or something refuses it). */
    record Dropped(String status, String reason) implements Built {}

    /** No active sender for the channel now: a transient condition, retried. */
    record NoSender(String reason) implements Built {}

    private final NoticeContext context;
    private final SenderConfigs senderConfigs;
    private final Templates templates;
    private final UnsubscribeLinks unsubscribeLinks;
    private final ObjectProvider<InvoicePdfs> invoices;

    MessageFactory(
            NoticeContext context,
            SenderConfigs senderConfigs,
            Templates templates,
            UnsubscribeLinks unsubscribeLinks,
            ObjectProvider<InvoicePdfs> invoices) {
        this.context = context;
        this.senderConfigs = senderConfigs;
        this.templates = templates;
        this.unsubscribeLinks = unsubscribeLinks;
        this.invoices = invoices;
    }

    Built build(Claimed c) {
        NoticeContext.Facts facts = context.of(c);
        boolean open =
                facts.chargeStatus().equals("PENDING") || facts.chargeStatus().equals("OVERDUE");
        if (!open && !c.aboutClosing()) return new Dropped("CANCELLED", "CHARGE_" + facts.chargeStatus());
        if (facts.suppressed()) return new Dropped("SKIPPED", "ADDRESS_SUPPRESSED");
        if (facts.customerDisabled()) return new Dropped("SKIPPED", "CUSTOMER_NOTIFICATIONS_DISABLED");
        if (!facts.contactAllows()) return new Dropped("SKIPPED", "CONTACT_BLOCKS_CHANNEL");
        Optional<SenderConfig> sender =
                senderConfigs.activeFor(c.accountId(), c.channel(), facts.paymentMethodSenderId());
        if (sender.isEmpty()) return new NoSender("nenhum remetente ativo para " + c.channel());

        String unsubscribe = unsubscribeLinks.url(c.accountId(), c.channel(), c.address());
        InvoicePdfs pdfs = invoices.getIfAvailable();
        String invoiceLink =
                pdfs == null ? "" : pdfs.link(c.accountId(), c.chargeId()).orElse("");
        RenderedMessage rendered =
                templates.render(c.accountId(), c.templateId(), variables(c, facts, unsubscribe, invoiceLink));
        List<OutgoingMessage.Attachment> attachments = new ArrayList<>();
        if (c.attachInvoice() && c.channel() == Channel.EMAIL) {
            if (pdfs != null) {
                pdfs.pdf(c.accountId(), c.chargeId())
                        .ifPresent(pdf ->
                                attachments.add(new OutgoingMessage.Attachment("fatura.pdf", "application/pdf", pdf)));
            }
        }
        var whatsapp = rendered.whatsapp();
        return new Ready(
                sender.get().provider(),
                new OutgoingMessage(
                        c.accountId(),
                        c.id(),
                        c.channel(),
                        sender.get().id(),
                        c.address(),
                        rendered.subject(),
                        rendered.html(),
                        rendered.text(),
                        attachments,
                        Map.of("List-Unsubscribe", unsubscribe, "X-Customer-Name", facts.customerName()),
                        whatsapp == null ? null : whatsapp.name(),
                        whatsapp == null ? List.of() : whatsapp.parameters()));
    }

    private static Map<String, String> variables(
            Claimed c, NoticeContext.Facts f, String unsubscribe, String invoiceLink) {
        Map<String, String> v = new HashMap<>();
        v.put("customerName", f.customerName());
        v.put("amount", Brl.format(f.amount()));
        v.put("dueDate", f.dueDate().format(DATE));
        v.put("digitableLine", orEmpty(f.digitableLine()));
        v.put("pixCopyPaste", orEmpty(f.pixPayload()));
        v.put("paymentLink", invoiceLink);
        v.put("invoiceUrl", invoiceLink);
        v.put("merchantName", f.merchantName());
        v.put("unsubscribeLink", unsubscribe);
        v.put("description", orEmpty(f.description()));
        v.put("days", c.days() == null ? "" : c.days().toString());
        v.put("chargeId", c.chargeId().toString());
        v.put("reason", "");
        return v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
