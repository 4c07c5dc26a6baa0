package br.com.regua.webhooks;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhooksController {

    private final Webhooks webhooks;

    WebhooksController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Cadastra um endpoint que receberá eventos assinados (Standard Webhooks); a resposta traz o"
                    + " segredo whsec_…, mostrado só esta vez. A URL deve ser https e pública")
    WebhookEndpoint create(@RequestBody WebhookData data) {
        return webhooks.create(CurrentAccount.id(), body(data));
    }

    @GetMapping
    @Operation(summary = "Os endpoints de webhook da conta (sem os segredos)")
    Page<WebhookEndpoint> list() {
        return new Page<>(webhooks.list(CurrentAccount.id()), null);
    }

    @GetMapping("/events")
    @Operation(summary = "Os tipos de evento que um endpoint pode assinar")
    Map<String, List<String>> eventTypes() {
        return Map.of("items", Webhooks.eventTypes());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Um endpoint de webhook")
    WebhookEndpoint get(@PathVariable String id) {
        return webhooks.get(CurrentAccount.id(), endpointId(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Altera url, events ou active (o que faltar fica como está). Reativar um endpoint pausado"
                    + " entrega, na ordem, os eventos guardados")
    WebhookEndpoint update(@PathVariable String id, @RequestBody WebhookData data) {
        return webhooks.update(CurrentAccount.id(), endpointId(id), body(data));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Exclui o endpoint e os eventos ainda não entregues a ele")
    void delete(@PathVariable String id) {
        webhooks.delete(CurrentAccount.id(), endpointId(id));
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Gera um novo segredo para o endpoint (o anterior deixa de valer); mostrado só esta vez")
    WebhookEndpoint rotateSecret(@PathVariable String id) {
        return webhooks.rotateSecret(CurrentAccount.id(), endpointId(id));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(
            summary = "As tentativas de entrega do endpoint, da mais recente à mais antiga: status HTTP, latência em"
                    + " ms, o primeiro 1 KB da resposta ou o erro")
    Page<DeliveryAttempt> deliveries(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return webhooks.deliveries(CurrentAccount.id(), endpointId(id), PageRequest.of(limit, cursor));
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redelivery")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Envia de novo o evento desta tentativa (mesmo webhook-id), depois dos outros eventos"
                    + " guardados do endpoint")
    Map<String, String> redeliver(@PathVariable String id, @PathVariable String deliveryId) {
        UUID endpoint = endpointId(id);
        String eventId = webhooks.redeliver(CurrentAccount.id(), endpoint, Ids.parseOrNotFound(deliveryId, "Entrega"));
        return Map.of("eventId", eventId, "status", "QUEUED");
    }

    private static UUID endpointId(String id) {
        return Ids.parseOrNotFound(id, "Webhook");
    }

    private static WebhookData body(WebhookData data) {
        if (data == null) throw new InvalidFieldException("url", "é obrigatória");
        return data;
    }
}
