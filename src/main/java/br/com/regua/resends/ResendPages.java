package br.com.regua.resends;

import br.com.regua.charges.Charge;
import br.com.regua.charges.Charges;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.web.PageController;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The charge page's "Reenviar e-mail/SMS/WhatsApp de notificação" (seed 003): a fragment the page
 * loads with htmx, with what each channel has left; a click answers the same fragment, with the
 * refusal in place when a rule refuses, and, when it queued notices, tells the page's
 * notifications table to reload ({@link #QUEUED_EVENT}).
 */
@PageController
class ResendPages {

    /** The htmx event a resend that queued notices triggers on the page. */
    static final String QUEUED_EVENT = "resend-queued";

    private final Resends resends;
    private final Charges charges;

    ResendPages(Resends resends, Charges charges) {
        this.resends = resends;
        this.charges = charges;
    }

    @GetMapping("/cobrancas/{id}/reenvios")
    String fragment(@PathVariable String id, Model model) {
        return fragment(CurrentAccount.id(), chargeId(id), model);
    }

    @PostMapping("/cobrancas/{id}/reenvios")
    String resend(@PathVariable String id, Model model, HttpServletResponse response) {
        UUID accountId = CurrentAccount.id();
        UUID chargeId = chargeId(id);
        try {
            ChargeResend done = resends.resend(accountId, chargeId, ResendRequest.ALL);
            model.addAttribute("done", done);
            // The page's notifications table listens for it and reloads itself with the new notices.
            response.setHeader("HX-Trigger", QUEUED_EVENT);
        } catch (ResendRefusedException e) {
            model.addAttribute("refusal", e.getMessage());
        }
        return fragment(accountId, chargeId, model);
    }

    private String fragment(UUID accountId, UUID chargeId, Model model) {
        Charge charge = charges.get(accountId, chargeId);
        model.addAttribute("charge", charge);
        model.addAttribute("resends", resends.ofCharge(accountId, chargeId));
        Map<String, Integer> remaining = new HashMap<>();
        resends.remaining(accountId, chargeId).forEach((channel, n) -> remaining.put(channel.name(), n));
        model.addAttribute("remaining", remaining);
        return "resends/fragment :: resends";
    }

    private static UUID chargeId(String id) {
        return Ids.parseOrNotFound(id, "Cobrança");
    }
}
