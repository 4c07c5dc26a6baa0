package br.com.regua.delivery.inbound;

import br.com.regua.shared.NotFoundException;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where e-mail providers post bounces and complaints. They hold no API key: the security chain
 * lets this path through, and the {@code token} of the account's webhook URL authenticates the
 * call and names the account. Without a valid token nothing is read and the answer is 401.
 */
@RestController
@RequestMapping("/api/v1/inbound/email-events")
@Tag(name = "Eventos de e-mail (entrada)")
class InboundEmailEventsController {

    /** SendGrid posts batches of up to a few megabytes; SNS messages are at most 256 KB. */
    private static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

    private final EmailEventWebhooks webhooks;
    private final InboundEmailEvents events;

    InboundEmailEventsController(EmailEventWebhooks webhooks, InboundEmailEvents events) {
        this.webhooks = webhooks;
        this.events = events;
    }

    @PostMapping("/{provider}")
    @SecurityRequirements
    ResponseEntity<Object> receive(
            @PathVariable String provider, @RequestParam(required = false) String token, InputStream body)
            throws IOException {
        EmailEventProvider known =
                EmailEventProvider.fromPath(provider).orElseThrow(() -> new NotFoundException("Provedor de e-mail"));
        // The body is read only once the caller is known: an anonymous caller cannot make us hold megabytes.
        var accountId = webhooks.authenticate(known, token).orElse(null);
        if (accountId == null) return unauthorized(known);
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "Lote de eventos grande demais");
        }
        return ResponseEntity.ok(events.receive(accountId, known, new String(bytes, StandardCharsets.UTF_8)));
    }

    private static ResponseEntity<Object> unauthorized(EmailEventProvider provider) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNAUTHORIZED,
                "Informe o token do webhook da conta: /api/v1/inbound/email-events/" + provider.path()
                        + "?token=<token> (Configurações > webhooks de eventos de e-mail)");
        problem.setTitle("Unauthorized");
        problem.setInstance(URI.create("/api/v1/inbound/email-events/" + provider.path()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
