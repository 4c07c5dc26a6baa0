package br.com.regua.delivery.inbound;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.NotFoundException;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account's webhook URLs for its e-mail provider's events. A POST makes a new token (the old
 * one stops working) and shows it this once, inside the URL to paste at the provider.
 */
@RestController
@RequestMapping("/api/v1/settings/email-event-webhooks")
@Tag(name = "Eventos de e-mail (entrada)")
class EmailEventWebhooksController {

    record Created(EmailEventProvider provider, String token, String path) {}

    record Items<T>(List<T> items, String next) {}

    private final EmailEventWebhooks webhooks;

    EmailEventWebhooksController(EmailEventWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/{provider}")
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@PathVariable String provider) {
        EmailEventProvider known = EmailEventProvider.fromPath(provider.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("Provedor de e-mail"));
        String token = webhooks.rotate(CurrentAccount.id(), known);
        return new Created(known, token, "/api/v1/inbound/email-events/" + known.path() + "?token=" + token);
    }

    @GetMapping
    Items<EmailEventWebhooks.Webhook> list() {
        return new Items<>(webhooks.list(CurrentAccount.id()), null);
    }
}
