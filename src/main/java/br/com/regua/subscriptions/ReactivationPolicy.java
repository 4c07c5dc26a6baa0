package br.com.regua.subscriptions;

import br.com.regua.customers.Contact;
import br.com.regua.customers.Contacts;
import br.com.regua.delivery.Suppressions;
import br.com.regua.shared.Channel;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Seed 001: a deactivated subscription may generate again only once the customer's e-mail can
 * receive it — while any address its notices go to (a contact that accepts e-mail) is still on the
 * suppression list, reactivating would only fail the same way. The merchant corrects the e-mail
 * first (customer or contact update), then reactivates.
 */
@Component
class ReactivationPolicy {

    /** Why reactivation is refused: the address still suppressed and the suppression's reason. */
    record Refusal(String address, String suppressionReason) {}

    private final Contacts contacts;
    private final Suppressions suppressions;

    ReactivationPolicy(Contacts contacts, Suppressions suppressions) {
        this.contacts = contacts;
        this.suppressions = suppressions;
    }

    Optional<Refusal> check(UUID accountId, Subscription subscription) {
        for (Contact contact : contacts.list(accountId, subscription.customerId())) {
            if (!contact.allowEmail()
                    || contact.email() == null
                    || contact.email().isBlank()) continue;
            var suppressed = suppressions.find(accountId, Channel.EMAIL, contact.email());
            if (suppressed.isPresent()) {
                return Optional.of(new Refusal(contact.email(), suppressed.get().reason()));
            }
        }
        return Optional.empty();
    }
}
