package br.com.regua.pix;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.Charge;
import br.com.regua.charges.ChargeStatus;
import br.com.regua.charges.Charges;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pix payments the account's PSP reports: its webhook URL, and what each Pix received did. A Pix
 * whose txid is an open charge's pays it exactly as {@code POST /charges/{id}/payments} does (the
 * same ChargePaid event, the account's default notice); any other is kept with its reason.
 */
@Component
public class PixPayments {

    /** Where the PSP posts, after the public URL; the secret follows. */
    static final String PATH = "/pix/webhook/";

    /** How many Pix of a body were new, and how many had been received already. */
    public record Receipt(int received, int replayed) {}

    private final PixWebhooks webhooks;
    private final PixPaymentRows rows;
    private final Charges charges;
    private final PaymentMethods paymentMethods;
    private final Accounts accounts;
    private final String publicUrl;

    PixPayments(
            PixWebhooks webhooks,
            PixPaymentRows rows,
            Charges charges,
            PaymentMethods paymentMethods,
            Accounts accounts,
            @Value("${regua.public-url:http://localhost:8080}") String publicUrl) {
        this.webhooks = webhooks;
        this.rows = rows;
        this.charges = charges;
        this.paymentMethods = paymentMethods;
        this.accounts = accounts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A new webhook secret (the previous URL stops working); answers the full URL, shown this once. */
    @Transactional
    public String rotateWebhook(UUID accountId) {
        return publicUrl + PATH + webhooks.rotate(accountId);
    }

    /** The webhook as it stands, without its secret; empty until one is made. */
    public Optional<PixWebhook> webhook(UUID accountId) {
        return webhooks.find(accountId)
                .map(w -> new PixWebhook(
                        publicUrl + PATH + w.secretPrefix() + "…",
                        w.secretPrefix(),
                        w.createdAt(),
                        w.lastReceivedAt(),
                        w.deliveries(),
                        w.replays(),
                        rows.countByOutcome(accountId)));
    }

    /** The Pix received, newest first. */
    public Page<PixPayment> list(UUID accountId, PageRequest page) {
        return rows.list(accountId, page);
    }

    /** The Pix that were matched to this charge. */
    public List<PixPayment> ofCharge(UUID accountId, UUID chargeId) {
        return rows.ofCharge(accountId, chargeId);
    }

    public Optional<UUID> authenticate(String secret) {
        return webhooks.authenticate(secret);
    }

    /**
     * Records and matches every item, in one transaction: the PSP hears 200 only once all are
     * stored, and a failure leaves nothing behind for its retry to trip over. A Pix already recorded
     * (same endToEndId) is a replay and changes nothing.
     */
    @Transactional
    public Receipt receive(UUID accountId, List<ReceivedPix> items) {
        int replayed = 0;
        for (ReceivedPix pix : items) {
            UUID id = Ids.next();
            if (!rows.insert(accountId, id, pix)) {
                replayed++;
                continue;
            }
            match(accountId, id, pix);
        }
        webhooks.received(accountId, replayed);
        return new Receipt(items.size() - replayed, replayed);
    }

    private void match(UUID accountId, UUID id, ReceivedPix pix) {
        if (pix.txid() == null) {
            rows.settle(accountId, id, PixOutcome.NO_TXID, null, null);
            return;
        }
        List<Charge> candidates = byKey(accountId, charges.withPixTxid(accountId, pix.txid()), pix.pixKey());
        if (candidates.isEmpty()) {
            rows.settle(accountId, id, PixOutcome.UNKNOWN_TXID, null, null);
            return;
        }
        List<Charge> open = candidates.stream().filter(PixPayments::isOpen).toList();
        if (open.size() > 1) {
            rows.settle(accountId, id, PixOutcome.AMBIGUOUS_TXID, null, null);
            return;
        }
        if (open.size() == 1) {
            Charge charge = open.get(0);
            LocalDate paidAt =
                    pix.paidAt().atZoneSameInstant(accounts.timeZone(accountId)).toLocalDate();
            if (charges.settle(accountId, charge.id(), paidAt, pix.amount())) {
                long difference = pix.amount() - charge.amount();
                rows.settle(
                        accountId,
                        id,
                        difference == 0 ? PixOutcome.PAID : PixOutcome.PAID_DIFFERENT_AMOUNT,
                        charge.id(),
                        difference);
                return;
            }
            // Paid or cancelled since it was read, by another request: report it as it is now.
            candidates = List.of(charges.get(accountId, charge.id()));
        }
        Charge closed = candidates.stream()
                .filter(c -> c.status() == ChargeStatus.PAID)
                .findFirst()
                .orElse(candidates.get(0));
        rows.settle(
                accountId,
                id,
                closed.status() == ChargeStatus.PAID ? PixOutcome.ALREADY_PAID : PixOutcome.CHARGE_CANCELLED,
                closed.id(),
                null);
    }

    /**
     * Two BOLIX methods of one account number their boletos apart, so they can share a txid; the
     * key the Pix was paid into tells them apart when it is one of theirs.
     */
    private List<Charge> byKey(UUID accountId, List<Charge> candidates, String pixKey) {
        if (candidates.size() < 2 || pixKey == null) return candidates;
        List<Charge> intoKey = candidates.stream()
                .filter(c -> paymentMethods
                        .find(accountId, c.paymentMethodId())
                        .map(m -> m.pix() != null
                                && pixKey.trim().equalsIgnoreCase(m.pix().key().trim()))
                        .orElse(false))
                .toList();
        return intoKey.isEmpty() ? candidates : intoKey;
    }

    private static boolean isOpen(Charge charge) {
        return charge.status() == ChargeStatus.PENDING || charge.status() == ChargeStatus.OVERDUE;
    }
}
