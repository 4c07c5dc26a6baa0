package br.com.regua.notifications;

import br.com.regua.charges.Charges;
import br.com.regua.shared.Channel;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notificações")
class NotificationsController {

    record Items<T>(java.util.List<T> items, String next) {}

    private final Notifications notifications;
    private final EventNoticeSettings settings;
    private final Charges charges;

    NotificationsController(Notifications notifications, EventNoticeSettings settings, Charges charges) {
        this.notifications = notifications;
        this.settings = settings;
        this.charges = charges;
    }

    @GetMapping("/charges/{id}/notifications")
    @Operation(summary = "As notificações de uma cobrança (fila, enviadas, canceladas)")
    Items<Notification> forCharge(@PathVariable String id) {
        UUID accountId = CurrentAccount.id();
        UUID chargeId = Ids.parseOrNotFound(id, "Cobrança");
        if (charges.find(accountId, chargeId).isEmpty()) throw new NotFoundException("Cobrança");
        return new Items<>(notifications.forCharge(accountId, chargeId), null);
    }

    @GetMapping("/notifications/{id}")
    @Operation(
            summary = "Uma notificação com o histórico de envio",
            description = "events: cada mudança de estado (SENDING, RETRY, DEFERRED, SENT, BOUNCED, FAILED, "
                    + "CANCELLED, SKIPPED, QUEUED), com a hora e a resposta do servidor ou o motivo.")
    Notifications.Detail get(@PathVariable String id) {
        return notifications
                .detail(CurrentAccount.id(), Ids.parseOrNotFound(id, "Notificação"))
                .orElseThrow(() -> new NotFoundException("Notificação"));
    }

    @GetMapping("/notifications")
    @Operation(summary = "Lista notificações; from/to filtram a data programada (scheduledFor)")
    Page<Notification> list(
            @RequestParam(required = false) NotificationStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String chargeId,
            @RequestParam(required = false) String routineRunId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        UUID none = new UUID(0, 0);
        var filter = new NotificationFilter(
                chargeId == null ? null : Ids.parse(chargeId).orElse(none),
                status,
                channel,
                from,
                to,
                routineRunId == null ? null : Ids.parse(routineRunId).orElse(none));
        return notifications.list(CurrentAccount.id(), filter, PageRequest.of(limit, cursor));
    }

    @GetMapping("/settings/email-events")
    @Operation(summary = "Avisos automáticos da conta (\"enviar por padrão?\")")
    EventNoticeSettings.Switches emailEvents() {
        return settings.get(CurrentAccount.id());
    }

    @PutMapping("/settings/email-events")
    EventNoticeSettings.Switches updateEmailEvents(@RequestBody EventNoticeSettings.Switches body) {
        return settings.update(CurrentAccount.id(), body);
    }
}
