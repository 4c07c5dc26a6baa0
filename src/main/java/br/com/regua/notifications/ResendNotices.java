package br.com.regua.notifications;

import br.com.regua.accounts.Accounts;
import br.com.regua.customers.NotificationGroup;
import br.com.regua.shared.Channel;
import java.time.LocalDate;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Queues a manual resend's notices (product.md §4.1): every active notice of the charge's group on
 * the given channels, today, with the highest priority (0: ahead of event and routine notices),
 * through the eligibility chain like any other notice. The resend's id is part of each
 * notification's idempotency key, so a resend never collides with the original notice or another
 * resend, and queuing the same resend twice inserts nothing.
 */
@Component
public class ResendNotices {

    private final Outbox outbox;
    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    ResendNotices(Outbox outbox, Accounts accounts, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.events = events;
    }

    /** @param group BEFORE_DUE (a PENDING charge) or OVERDUE (an OVERDUE one) */
    public PlanResult queue(
            UUID accountId, UUID chargeId, UUID resendId, NotificationGroup group, Set<Channel> channels) {
        if (group == NotificationGroup.PAID) throw new IllegalArgumentException("a paid charge is not resent");
        LocalDate today = accounts.today(accountId);
        StringJoiner array = new StringJoiner(",", "{", "}");
        channels.forEach(c -> array.add(c.name()));
        PlanResult result = outbox.queue(
                new Candidates.Resend(group),
                accountId,
                today,
                today,
                Planner.params("charge", chargeId, "channels", array.toString(), "today", today, "resend", resendId));
        if (result.queued() > 0) events.publishEvent(new UrgentNoticesQueued(accountId, result.queued()));
        return result;
    }
}
