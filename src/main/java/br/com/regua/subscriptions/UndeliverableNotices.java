package br.com.regua.subscriptions;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.Charge;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customer;
import br.com.regua.customers.Customers;
import br.com.regua.delivery.EmailUndeliverable;
import br.com.regua.delivery.InvoicePdfs;
import br.com.regua.delivery.MerchantMail;
import br.com.regua.shared.Brl;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seed 001: a notice of a subscription's charge could not reach the customer, so the subscription
 * is deactivated (the charge stays issued) and the merchant is told by e-mail at the account's
 * notificationEmail — which subscription, which customer, why, and the link to the charge's boleto
 * to send by hand. Delivery publishes after the outcome is committed and outside any transaction.
 */
@Component
class UndeliverableNotices {

    static final String LAYOUT = "builtin-subscription-deactivated-email";

    private static final Logger log = LoggerFactory.getLogger(UndeliverableNotices.class);

    private final Subscriptions subscriptions;
    private final Charges charges;
    private final Customers customers;
    private final Accounts accounts;
    private final MerchantMail mail;
    private final ObjectProvider<InvoicePdfs> invoices;

    UndeliverableNotices(
            Subscriptions subscriptions,
            Charges charges,
            Customers customers,
            Accounts accounts,
            MerchantMail mail,
            ObjectProvider<InvoicePdfs> invoices) {
        this.subscriptions = subscriptions;
        this.charges = charges;
        this.customers = customers;
        this.accounts = accounts;
        this.mail = mail;
        this.invoices = invoices;
    }

    @EventListener
    void on(EmailUndeliverable event) {
        Optional<Charge> charge = charges.find(event.accountId(), event.chargeId());
        if (charge.isEmpty() || charge.get().subscriptionId() == null) return;
        Charge c = charge.get();
        DeactivationReason reason = reason(event.cause());
        if (!subscriptions.deactivate(event.accountId(), c.subscriptionId(), reason, event.notificationId())) return;
        Subscription s = subscriptions.get(event.accountId(), c.subscriptionId());
        log.info(
                "Subscription {} no. {} of account {} deactivated ({}) by notification {}",
                s.id(),
                s.number(),
                event.accountId(),
                reason,
                event.notificationId());
        tellMerchant(event, c, s, reason);
    }

    private void tellMerchant(EmailUndeliverable event, Charge charge, Subscription s, DeactivationReason reason) {
        Optional<String> to = accounts.notificationEmail(event.accountId());
        if (to.isEmpty()) {
            log.info(
                    "Subscription no. {} of account {} deactivated: the account has no notificationEmail,"
                            + " the merchant is not e-mailed",
                    s.number(),
                    event.accountId());
            return;
        }
        Map<String, String> v = new HashMap<>();
        v.put("merchantName", accounts.get(event.accountId()).name());
        v.put("subscriptionNumber", Long.toString(s.number()));
        v.put(
                "customerName",
                customers
                        .find(event.accountId(), s.customerId())
                        .map(Customer::name)
                        .orElse(""));
        v.put("description", s.description() == null ? "" : s.description());
        v.put("reason", explanation(reason));
        v.put("amount", Brl.format(charge.amount()));
        v.put("chargeId", charge.id().toString());
        InvoicePdfs pdfs = invoices.getIfAvailable();
        String link =
                pdfs == null ? "" : pdfs.link(event.accountId(), charge.id()).orElse("");
        v.put("invoiceUrl", link);
        v.put("paymentLink", link);
        try {
            var result = mail.send(event.accountId(), to.get(), LAYOUT, v);
            if (!result.sent()) {
                log.warn(
                        "The merchant of account {} was not e-mailed about subscription no. {}: {}",
                        event.accountId(),
                        s.number(),
                        result.response());
            }
        } catch (RuntimeException e) {
            log.error(
                    "E-mailing the merchant of account {} about subscription no. {}", event.accountId(), s.number(), e);
        }
    }

    static DeactivationReason reason(EmailUndeliverable.Cause cause) {
        return switch (cause) {
            case UNKNOWN_ADDRESS -> DeactivationReason.HARD_BOUNCE;
            case MAILBOX_FULL -> DeactivationReason.MAILBOX_FULL;
            case SERVER_UNAVAILABLE -> DeactivationReason.SERVER_UNAVAILABLE;
            case COMPLAINT -> DeactivationReason.COMPLAINT;
            case UNSUBSCRIBED -> DeactivationReason.UNSUBSCRIBED;
        };
    }

    /** The reason in the merchant's words. */
    static String explanation(DeactivationReason reason) {
        return switch (reason) {
            case HARD_BOUNCE -> "o e-mail do cliente não existe ou foi informado incorretamente";
            case MAILBOX_FULL -> "a caixa de entrada do cliente está cheia";
            case SERVER_UNAVAILABLE -> "o servidor de e-mail do cliente ficou indisponível";
            case COMPLAINT -> "o cliente marcou o e-mail de cobrança como spam";
            case UNSUBSCRIBED -> "o cliente pediu para não receber mais os e-mails de cobrança";
        };
    }
}
