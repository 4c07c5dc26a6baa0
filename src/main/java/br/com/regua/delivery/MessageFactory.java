package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.senders.SenderConfigs;
import br.com.regua.shared.Brl;
import br.com.regua.shared.Channel;
import br.com.regua.templates.DueDateWords;
import br.com.regua.templates.RenderedMessage;
import br.com.regua.templates.Template;
import br.com.regua.templates.Templates;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Turns a claimed notification into the message to send — or into the reason it must not go any
 * more: the charge closed since it was queued (CANCELLED), or a check of the planner's chain fails
 * now or the contact's address changed ({@code notifications.SendTimeChecks}), or the address was
 * suppressed (SKIPPED with the planner's reason). Re-checked here, right before sending, because
 * the outbox may hold a notice for hours.
 *
 * <p>A batch reads what its messages need once for all of them — the facts of every notification
 * in one query, each sender, layout and the stored invoices once — instead of several queries per
 * message. So that "right before sending" stays true when a server is slow, facts older than
 * {@link #RECHECK_AFTER} are read again before the next message is built.
 */
@Component
class MessageFactory {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How old the facts a message is checked against may be when it is built. */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(1);

    sealed interface Built permits Ready, Dropped, NoSender {}

    /** To be sent through {@code sender}, as it was configured when the batch looked it up. */
    record Ready(SenderConfig sender, OutgoingMessage message) implements Built {
        String provider() {
            return sender.provider();
        }
    }

    /** Not to be sent: CANCELLED (the charge closed) or SKIPPED (someone or something refuses it). */
    record Dropped(String status, String reason) implements Built {}

    /** No active sender for the channel now: a transient condition, retried. */
    record NoSender(String reason) implements Built {}

    private final NoticeContext context;
    private final SenderConfigs senderConfigs;
    private final Templates templates;
    private final UnsubscribeLinks unsubscribeLinks;
    private final ObjectProvider<InvoicePdfs> invoices;
    private final Clock clock;

    MessageFactory(
            NoticeContext context,
            SenderConfigs senderConfigs,
            Templates templates,
            UnsubscribeLinks unsubscribeLinks,
            ObjectProvider<InvoicePdfs> invoices,
            Clock clock) {
        this.context = context;
        this.senderConfigs = senderConfigs;
        this.templates = templates;
        this.unsubscribeLinks = unsubscribeLinks;
        this.invoices = invoices;
        this.clock = clock;
    }

    /** The messages of a claimed batch, to be built one by one in any order. */
    Batch batch(List<Claimed> claimed) {
        return batch(claimed, RECHECK_AFTER);
    }

    Batch batch(List<Claimed> claimed, Duration recheckAfter) {
        return new Batch(claimed, recheckAfter);
    }

    /**
     * What a batch has read so far. Everything is read on first use, so that a failure (the
     * database briefly gone) fails the message being built, not the batch. Not thread-safe: one
     * worker owns a batch.
     */
    final class Batch {

        private record SenderKey(UUID accountId, Channel channel, UUID preferred) {}

        private record LayoutKey(UUID accountId, String templateId) {}

        private final List<Claimed> claimed;
        private final long recheckAfterNanos;
        private final Set<UUID> built = new HashSet<>();
        private final Set<String> suppressedSince = new HashSet<>();
        private final Map<SenderKey, Optional<SenderConfig>> senders = new HashMap<>();
        private final Map<LayoutKey, Template> layouts = new HashMap<>();
        private final Map<UUID, Map<UUID, InvoicePdfs.Invoice>> invoicesByAccount = new HashMap<>();
        private final InvoicePdfs pdfs;
        private Map<UUID, NoticeContext.Facts> facts;
        private long factsReadAt;

        private Batch(List<Claimed> claimed, Duration recheckAfter) {
            this.claimed = claimed;
            this.recheckAfterNanos = recheckAfter.toNanos();
            this.pdfs = invoices.getIfAvailable();
        }

        Built build(Claimed c) {
            built.add(c.id());
            NoticeContext.Facts facts = facts(c);
            boolean open = facts.chargeStatus().equals("PENDING")
                    || facts.chargeStatus().equals("OVERDUE");
            if (!open && !c.aboutClosing()) return new Dropped("CANCELLED", "CHARGE_" + facts.chargeStatus());
            // The planner's chain, as things stand now; then the address this notice goes to.
            if (facts.skipReason() != null) return new Dropped("SKIPPED", facts.skipReason());
            if (facts.suppressed() || suppressedSince.contains(addressKey(c.channel(), c.address()))) {
                return new Dropped("SKIPPED", "ADDRESS_SUPPRESSED");
            }
            Optional<SenderConfig> sender = senders.computeIfAbsent(
                    new SenderKey(c.accountId(), c.channel(), facts.paymentMethodSenderId()),
                    k -> senderConfigs.activeFor(k.accountId(), k.channel(), k.preferred()));
            if (sender.isEmpty()) return new NoSender("nenhum remetente ativo para " + c.channel());

            String unsubscribe = unsubscribeLinks.url(c.accountId(), c.channel(), c.address());
            InvoicePdfs.Invoice invoice = invoice(c);
            String invoiceLink = invoice == null ? "" : invoice.link();
            Template layout = layouts.computeIfAbsent(
                    new LayoutKey(c.accountId(), c.templateId()), k -> templates.get(k.accountId(), k.templateId()));
            // "Today" is the day the message is built, right before it goes, where the account lives:
            // a notice anticipated to Friday for a Sunday due date, or one the outbox held overnight,
            // must not say "vence hoje" unless it does.
            LocalDate today = LocalDate.now(clock.withZone(facts.timeZone()));
            RenderedMessage rendered = templates.render(layout, variables(c, facts, unsubscribe, invoiceLink, today));
            if (c.merchantCopy()) rendered = MerchantCopies.marked(rendered, c.channel(), facts.customerName());
            List<OutgoingMessage.Attachment> attachments = new ArrayList<>();
            if (invoice != null && wantsPdf(c) && c.source().equals("CARNE_CREATED")) {
                // The carnê's notice carries the whole carnê, every installment's slip.
                pdfs.carnePdfOf(c.accountId(), c.chargeId())
                        .ifPresent(pdf ->
                                attachments.add(new OutgoingMessage.Attachment("carne.pdf", "application/pdf", pdf)));
            } else if (invoice != null && wantsPdf(c)) {
                byte[] pdf = invoice.storedPdf();
                // Not stored yet (nobody has asked for this invoice before): rendered and stored now.
                if (pdf == null) pdf = pdfs.pdf(c.accountId(), c.chargeId()).orElse(null);
                if (pdf != null) attachments.add(new OutgoingMessage.Attachment("fatura.pdf", "application/pdf", pdf));
            }
            var whatsapp = rendered.whatsapp();
            return new Ready(
                    sender.get(),
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

        /** An address suppressed while the batch is under way (a hard bounce): nothing more goes to it. */
        void suppressed(Channel channel, String address) {
            suppressedSince.add(addressKey(channel, address));
        }

        private NoticeContext.Facts facts(Claimed c) {
            if (facts == null || System.nanoTime() - factsReadAt > recheckAfterNanos) {
                List<Claimed> pending = claimed.stream()
                        .filter(n -> n.id().equals(c.id()) || !built.contains(n.id()))
                        .toList();
                factsReadAt = System.nanoTime();
                facts = context.of(pending);
            }
            NoticeContext.Facts found = facts.get(c.id());
            if (found == null) {
                throw new IllegalStateException(
                        "notification " + c.id() + ": its charge, customer or payment method is gone");
            }
            return found;
        }

        private InvoicePdfs.Invoice invoice(Claimed c) {
            if (pdfs == null) return null;
            return invoicesByAccount
                    .computeIfAbsent(c.accountId(), account -> {
                        List<Claimed> ofAccount = claimed.stream()
                                .filter(n -> n.accountId().equals(account))
                                .toList();
                        return pdfs.invoices(
                                account,
                                ofAccount.stream().map(Claimed::chargeId).collect(Collectors.toSet()),
                                ofAccount.stream()
                                        .filter(MessageFactory::wantsPdf)
                                        .map(Claimed::chargeId)
                                        .collect(Collectors.toSet()));
                    })
                    .get(c.chargeId());
        }
    }

    private static boolean wantsPdf(Claimed c) {
        return c.attachInvoice() && c.channel() == Channel.EMAIL;
    }

    private static String addressKey(Channel channel, String address) {
        return channel + "/" + Suppressions.normalise(address);
    }

    private static Map<String, String> variables(
            Claimed c, NoticeContext.Facts f, String unsubscribe, String invoiceLink, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("customerName", f.customerName());
        v.put("amount", Brl.format(f.amount()));
        v.put("dueDate", f.dueDate().format(DATE));
        v.putAll(DueDateWords.of(f.dueDate(), today));
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
        // A customer's or merchant's "ã" would make the whole SMS UCS-2: 70 characters a part, not 160.
        if (c.channel() == Channel.SMS) v.replaceAll((key, value) -> SmsSegments.toGsm7(value));
        return v;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
