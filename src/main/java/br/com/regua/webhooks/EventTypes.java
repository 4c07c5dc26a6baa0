package br.com.regua.webhooks;

import java.util.List;

/** The events an endpoint may subscribe to (issue 11 item 4); names are a contract with receivers. */
final class EventTypes {

    static final List<String> ALL = List.of(
            "charge.created",
            "charge.paid",
            "charge.overdue",
            "charge.cancelled",
            "notification.sent",
            "notification.delivered",
            "notification.bounced",
            "notification.failed",
            "notification.skipped",
            "subscription.deactivated",
            "subscription.reactivated",
            "subscription.cancelled",
            "bank_return.imported");

    private EventTypes() {}

    /** The key of the event's pt-BR label in messages.properties. */
    static String label(String type) {
        return "webhook.event." + type;
    }
}
