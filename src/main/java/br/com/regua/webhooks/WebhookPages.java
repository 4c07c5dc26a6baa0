package br.com.regua.webhooks;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import java.util.List;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configurações > Integrações > Webhooks: the endpoints, a new one (its secret shown once), its
 * events and switch, its delivery log with "Reenviar".
 */
@PageController
@RequestMapping("/configuracoes/integracoes/webhooks")
class WebhookPages {

    static final String BASE = "/configuracoes/integracoes/webhooks";

    record WebhookForm(String url, List<String> events, Boolean active) {}

    private final Webhooks webhooks;
    private final WebhookTargets targets;

    WebhookPages(Webhooks webhooks, WebhookTargets targets) {
        this.webhooks = webhooks;
        this.targets = targets;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("endpoints", webhooks.list(CurrentAccount.id()));
        return "webhooks/list";
    }

    @GetMapping("/novo")
    String form(Model model) {
        model.addAttribute("webhook", new WebhookForm("", List.of(), true));
        return formPage(model);
    }

    /** The secret travels to the next page as a flash attribute: shown once, gone on reload. */
    @PostMapping
    String create(
            @ModelAttribute("webhook") WebhookForm form, BindingResult errors, Model model, RedirectAttributes next) {
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                WebhookEndpoint created = webhooks.create(CurrentAccount.id(), data(form));
                next.addFlashAttribute("createdSecret", created.secret());
                next.addFlashAttribute("createdUrl", created.url());
                return "redirect:" + BASE;
            } catch (InvalidFieldException e) {
                reject(errors, e);
            }
        }
        return formPage(model);
    }

    @GetMapping("/{id}/editar")
    String edit(@PathVariable String id, Model model) {
        WebhookEndpoint current = webhooks.get(CurrentAccount.id(), endpointId(id));
        model.addAttribute("webhook", new WebhookForm(current.url(), current.events(), current.active()));
        model.addAttribute("editing", current);
        return formPage(model);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable String id,
            @ModelAttribute("webhook") WebhookForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        UUID accountId = CurrentAccount.id();
        WebhookEndpoint current = webhooks.get(accountId, endpointId(id));
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                webhooks.update(accountId, current.id(), data(form));
                next.addFlashAttribute("done", "Webhook alterado.");
                return "redirect:" + BASE;
            } catch (InvalidFieldException e) {
                reject(errors, e);
            }
        }
        model.addAttribute("editing", current);
        return formPage(model);
    }

    @PostMapping("/{id}/exclusao")
    String delete(@PathVariable String id, RedirectAttributes next) {
        webhooks.delete(CurrentAccount.id(), endpointId(id));
        next.addFlashAttribute("done", "Webhook excluído.");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/entregas")
    String deliveries(@PathVariable String id, @RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        WebhookEndpoint endpoint = webhooks.get(accountId, endpointId(id));
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("deliveries", webhooks.deliveries(accountId, endpoint.id(), PageRequest.of(50, cursor)));
        return "webhooks/deliveries";
    }

    @PostMapping("/{id}/entregas/{deliveryId}/reenvio")
    String redeliver(@PathVariable String id, @PathVariable String deliveryId, RedirectAttributes next) {
        UUID endpoint = endpointId(id);
        webhooks.redeliver(CurrentAccount.id(), endpoint, Ids.parseOrNotFound(deliveryId, "Entrega"));
        next.addFlashAttribute("done", "Evento colocado na fila para ser enviado de novo.");
        return "redirect:" + BASE + "/" + endpoint + "/entregas";
    }

    private static WebhookData data(WebhookForm form) {
        return new WebhookData(
                form.url() == null ? "" : form.url(),
                form.events() == null ? List.of() : form.events(),
                form.active() != null && form.active());
    }

    /** Every field's problem at once, beside each field; the facade checks again. */
    private void check(WebhookForm form, BindingResult errors) {
        if (errors.hasFieldErrors("url")) return;
        targets.refusal(form.url()).ifPresent(problem -> errors.rejectValue("url", "invalid", problem));
        if (!errors.hasFieldErrors("events")
                && (form.events() == null || form.events().isEmpty())) {
            errors.rejectValue("events", "required", "escolha ao menos um evento");
        }
    }

    private static void reject(BindingResult errors, InvalidFieldException e) {
        String field = e.field().startsWith("events") ? "events" : e.field();
        errors.rejectValue(field, "invalid", e.getMessage());
    }

    private static String formPage(Model model) {
        model.addAttribute("eventTypes", EventTypes.ALL);
        return "webhooks/form";
    }

    private static UUID endpointId(String id) {
        return Ids.parseOrNotFound(id, "Webhook");
    }
}
