package br.com.regua.webhooks;

import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import br.com.regua.shared.SecretBox;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outgoing webhooks: the merchant's endpoints (url, events, active, a {@code whsec_} secret shown
 * once), their delivery log, redelivery by hand, and {@link #deliverDue()} for whoever drives
 * delivery (the worker thread, tests). Events are written by the outbox's listeners and triggers,
 * never through this facade.
 */
@Component
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Each endpoint costs a delivery round's work: an account needs a handful, not thousands. */
    static final int MAX_ENDPOINTS = 20;

    private final WebhookEndpoints endpoints;
    private final WebhookTargets targets;
    private final SecretBox secrets;
    private final DeliveryRows deliveryRows;
    private final Deliveries deliveries;
    private final WebhookOutbox outbox;

    Webhooks(
            WebhookEndpoints endpoints,
            WebhookTargets targets,
            SecretBox secrets,
            DeliveryRows deliveryRows,
            Deliveries deliveries,
            WebhookOutbox outbox) {
        this.endpoints = endpoints;
        this.targets = targets;
        this.secrets = secrets;
        this.deliveryRows = deliveryRows;
        this.deliveries = deliveries;
        this.outbox = outbox;
    }

    /** The event types an endpoint may subscribe to. */
    public static List<String> eventTypes() {
        return EventTypes.ALL;
    }

    /** A new endpoint; the answer carries its secret, which is never shown again. */
    @Transactional
    public WebhookEndpoint create(UUID accountId, WebhookData data) {
        String url = url(data.url());
        List<String> events = events(data.events());
        if (endpoints.count(accountId) >= MAX_ENDPOINTS) {
            throw new ConflictException("A conta já tem " + MAX_ENDPOINTS + " webhooks, o máximo; exclua um antes");
        }
        String secret = newSecret();
        UUID id = Ids.next();
        endpoints.insert(accountId, id, url, events, data.active() == null || data.active(), secrets.encrypt(secret));
        return get(accountId, id).withSecret(secret);
    }

    public List<WebhookEndpoint> list(UUID accountId) {
        return endpoints.list(accountId);
    }

    public WebhookEndpoint get(UUID accountId, UUID id) {
        return endpoints.find(accountId, id).orElseThrow(() -> new NotFoundException("Webhook"));
    }

    /**
     * Changes an endpoint; a field left out keeps its value. Turning a paused or disabled endpoint
     * on delivers its stored events, in order, from the oldest.
     */
    @Transactional
    public WebhookEndpoint update(UUID accountId, UUID id, WebhookData data) {
        WebhookEndpoint current = get(accountId, id);
        String url = data.url() == null ? current.url() : url(data.url());
        List<String> events = data.events() == null ? current.events() : events(data.events());
        boolean active = data.active() == null ? current.active() : data.active();
        endpoints.update(accountId, id, url, events, active);
        if (active && !current.active()) endpoints.makeDueNow(accountId, id);
        return get(accountId, id);
    }

    @Transactional
    public void delete(UUID accountId, UUID id) {
        if (!endpoints.delete(accountId, id)) throw new NotFoundException("Webhook");
    }

    /** A new secret for the endpoint (the old one stops signing at once); shown once. */
    @Transactional
    public WebhookEndpoint rotateSecret(UUID accountId, UUID id) {
        String secret = newSecret();
        if (!endpoints.replaceSecret(accountId, id, secrets.encrypt(secret))) throw new NotFoundException("Webhook");
        return get(accountId, id).withSecret(secret);
    }

    /** The endpoint's delivery attempts, newest first. */
    public Page<DeliveryAttempt> deliveries(UUID accountId, UUID id, PageRequest page) {
        get(accountId, id);
        return Page.of(deliveryRows.attempts(accountId, id, page.after(), page.fetchSize()), page, DeliveryAttempt::id);
    }

    /**
     * Sends the event of a delivery attempt again, with the same {@code webhook-id}, after the
     * endpoint's other stored events; answers the event's id.
     */
    @Transactional
    public String redeliver(UUID accountId, UUID id, UUID deliveryId) {
        get(accountId, id);
        return deliveryRows.requeue(accountId, id, deliveryId).orElseThrow(() -> new NotFoundException("Entrega"));
    }

    /**
     * Writes an event of another module (e.g. {@code bank_return.imported}) for every endpoint of
     * the account subscribed to it, in the caller's transaction: call it inside the transaction of
     * the change, so that the event exists if and only if the change commits. Answers how many
     * endpoints will receive it.
     */
    @Transactional
    public int emit(UUID accountId, String type, Map<String, ?> data) {
        if (!EventTypes.ALL.contains(type)) throw new IllegalArgumentException("unknown webhook event " + type);
        return outbox.emit(accountId, type, data);
    }

    /** One round of delivery of every endpoint's due event; answers how many attempts were made. */
    public int deliverDue() {
        return deliveries.deliverDue(null);
    }

    /** The same round for one account's endpoints only (tests, an operator's "send now"). */
    public int deliverDue(UUID accountId) {
        return deliveries.deliverDue(accountId);
    }

    private String url(String raw) {
        var refused = targets.refusal(raw);
        if (refused.isPresent()) throw new InvalidFieldException("url", refused.get());
        return raw.strip();
    }

    private static List<String> events(List<String> raw) {
        if (raw == null || raw.isEmpty()) throw new InvalidFieldException("events", "escolha ao menos um evento");
        var chosen = new LinkedHashSet<String>();
        for (int i = 0; i < raw.size(); i++) {
            String type = raw.get(i);
            if (type == null || !EventTypes.ALL.contains(type.strip())) {
                throw new InvalidFieldException(
                        "events[" + i + "]",
                        "evento desconhecido; os aceitos são " + String.join(", ", EventTypes.ALL));
            }
            chosen.add(type.strip());
        }
        return new ArrayList<>(chosen);
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
