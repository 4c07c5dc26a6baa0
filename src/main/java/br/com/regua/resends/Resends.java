package br.com.regua.resends;

import br.com.regua.charges.Charge;
import br.com.regua.charges.ChargeStatus;
import br.com.regua.charges.Charges;
import br.com.regua.customers.NotificationGroup;
import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.notifications.PlanResult;
import br.com.regua.notifications.ResendNotices;
import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manual resends (§4.1): only of a PENDING or OVERDUE charge; not while another resend of it is
 * waiting or being sent; an OVERDUE charge resends its overdue group, a PENDING one its before-due
 * group; at most {@link #EMAIL_LIMIT} e-mail and {@link #SMS_LIMIT} SMS/WhatsApp resends per charge
 * (a spent SMS leaves the e-mail, and the answer says so); queued ahead of every other notice.
 */
@Component
public class Resends {

    static final int EMAIL_LIMIT = 100;
    static final int SMS_LIMIT = 1;

    private final ResendRows rows;
    private final Charges charges;
    private final ResendNotices notices;
    private final Notifications notifications;

    Resends(ResendRows rows, Charges charges, ResendNotices notices, Notifications notifications) {
        this.rows = rows;
        this.charges = charges;
        this.notices = notices;
        this.notifications = notifications;
    }

    @Transactional
    public ChargeResend resend(UUID accountId, UUID chargeId, ResendRequest request) {
        Charge charge = charges.get(accountId, chargeId);
        if (!charge.status().isOpen()) {
            throw new ResendRefusedException(
                    "CHARGE_NOT_OPEN",
                    "Só cobranças pendentes ou vencidas podem ter as notificações reenviadas; esta está "
                            + (charge.status() == ChargeStatus.PAID ? "paga" : "cancelada"));
        }
        rows.lockCharge(accountId, chargeId);
        if (rows.inFlight(accountId, chargeId)) {
            throw new ResendRefusedException(
                    "RESEND_IN_PROGRESS",
                    "Já há um reenvio desta cobrança aguardando ou em envio; aguarde terminar para reenviar de novo");
        }
        Map<Channel, Integer> used = rows.usedPerChannel(accountId, chargeId);
        Set<Channel> wanted = request.channels() == null || request.channels().isEmpty()
                ? EnumSet.allOf(Channel.class)
                : EnumSet.copyOf(request.channels());
        Set<Channel> within = EnumSet.noneOf(Channel.class);
        List<String> notes = new ArrayList<>();
        for (Channel channel : wanted) {
            if (used.get(channel) < limit(channel)) within.add(channel);
            else notes.add(spent(channel));
        }
        if (within.isEmpty()) {
            throw new ResendRefusedException(
                    "RESEND_LIMIT", "Limite de reenvios desta cobrança atingido: " + String.join("; ", notes));
        }
        NotificationGroup group =
                charge.status() == ChargeStatus.OVERDUE ? NotificationGroup.OVERDUE : NotificationGroup.BEFORE_DUE;
        UUID id = Ids.next();
        rows.insert(accountId, id, chargeId, group);
        PlanResult planned = notices.queue(accountId, chargeId, id, group, within);
        List<Notification> queued = notifications.ofResend(accountId, id);
        if (queued.isEmpty()) {
            String nothing = "não há notificação "
                    + (group == NotificationGroup.OVERDUE ? "de cobrança vencida" : "antes do vencimento")
                    + " ativa para reenviar por " + names(within);
            if (!notes.isEmpty()) {
                throw new ResendRefusedException(
                        "RESEND_LIMIT",
                        "Limite de reenvios desta cobrança atingido: " + String.join("; ", notes) + "; e " + nothing);
            }
            throw new ResendRefusedException(
                    "NOTHING_TO_RESEND",
                    "Nada a reenviar: " + nothing + " (" + planned.evaluated()
                            + " avaliadas; confira as regras de envio da forma de cobrança e as permissões do cliente)");
        }
        Set<Channel> spentNow = EnumSet.noneOf(Channel.class);
        queued.forEach(n -> spentNow.add(n.channel()));
        rows.spend(accountId, id, spentNow);
        return get(accountId, chargeId, id, notes);
    }

    /** The charge's resends, oldest first. */
    public List<ChargeResend> ofCharge(UUID accountId, UUID chargeId) {
        charges.get(accountId, chargeId);
        return rows.ofCharge(accountId, chargeId).stream()
                .map(r -> view(accountId, r, remaining(accountId, chargeId), List.of()))
                .toList();
    }

    /** How many resends each channel has left on the charge. */
    public Map<Channel, Integer> remaining(UUID accountId, UUID chargeId) {
        Map<Channel, Integer> used = rows.usedPerChannel(accountId, chargeId);
        Map<Channel, Integer> left = new EnumMap<>(Channel.class);
        for (Channel c : Channel.values()) left.put(c, Math.max(0, limit(c) - used.get(c)));
        return left;
    }

    private ChargeResend get(UUID accountId, UUID chargeId, UUID id, List<String> notes) {
        ResendRows.Stored stored = rows.ofCharge(accountId, chargeId).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        return view(accountId, stored, remaining(accountId, chargeId), notes);
    }

    private ChargeResend view(
            UUID accountId, ResendRows.Stored r, Map<Channel, Integer> remaining, List<String> notes) {
        List<Notification> queued = notifications.ofResend(accountId, r.id());
        return new ChargeResend(
                r.id(),
                r.chargeId(),
                status(queued),
                r.group(),
                r.channels(),
                queued.stream()
                        .map(n -> new ChargeResend.Queued(n.id(), n.channel(), n.address(), n.status()))
                        .toList(),
                remaining,
                notes,
                r.createdAt());
    }

    private static ResendStatus status(List<Notification> queued) {
        boolean open = queued.stream().anyMatch(n -> waiting(n.status()));
        if (!open) return ResendStatus.DONE;
        boolean started = queued.stream().anyMatch(n -> !waiting(n.status()) || n.attempts() > 0);
        return started ? ResendStatus.PROCESSING : ResendStatus.PENDING;
    }

    private static boolean waiting(NotificationStatus status) {
        return status == NotificationStatus.QUEUED || status == NotificationStatus.SENDING;
    }

    static int limit(Channel channel) {
        return channel == Channel.EMAIL ? EMAIL_LIMIT : SMS_LIMIT;
    }

    private static String spent(Channel channel) {
        return switch (channel) {
            case EMAIL -> "os " + EMAIL_LIMIT + " reenvios por e-mail já foram usados";
            case SMS -> "o SMS desta cobrança já foi reenviado (limite de " + SMS_LIMIT + ")";
            case WHATSAPP -> "o WhatsApp desta cobrança já foi reenviado (limite de " + SMS_LIMIT + ")";
        };
    }

    private static String names(Set<Channel> channels) {
        List<String> names = new ArrayList<>();
        for (Channel c : channels)
            names.add(
                    switch (c) {
                        case EMAIL -> "e-mail";
                        case SMS -> "SMS";
                        case WHATSAPP -> "WhatsApp";
                    });
        return String.join(", ", names);
    }
}
