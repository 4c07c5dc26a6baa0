package br.com.regua.notifications;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The notifications table of a charge, which the charge page loads with htmx. */
@PageController
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/cobrancas/{id}/notificacoes")
    String forCharge(@PathVariable String id, Model model) {
        model.addAttribute(
                "notifications", notifications.forCharge(CurrentAccount.id(), Ids.parseOrNotFound(id, "Cobrança")));
        return "notifications/charge-fragment :: table";
    }
}
