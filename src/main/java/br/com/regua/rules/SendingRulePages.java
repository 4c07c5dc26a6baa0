package br.com.regua.rules;

import br.com.regua.paymentmethods.PaymentMethod;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.Channel;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Formas de cobrança > (a method) > aba E-mail: its sending rules (IXC "Regras de Envio", seed 002). */
@PageController
@RequestMapping("/configuracoes/formas-de-cobranca/{id}/email")
class SendingRulePages {

    record NewRule(
            @NotNull(message = "escolha a regra") Trigger trigger,
            @Min(0) @Max(365) Integer days,
            @NotNull(message = "escolha o canal") Channel channel,
            Boolean attachInvoice) {}

    private static final Map<String, String> LAYOUTS = BuiltInTemplates.all().stream()
            .collect(Collectors.toUnmodifiableMap(BuiltInTemplates.BuiltIn::id, BuiltInTemplates.BuiltIn::name));

    private final SendingRules rules;
    private final PaymentMethods paymentMethods;

    SendingRulePages(SendingRules rules, PaymentMethods paymentMethods) {
        this.rules = rules;
        this.paymentMethods = paymentMethods;
    }

    @GetMapping
    String tab(@PathVariable String id, Model model) {
        return page(method(id), new NewRule(Trigger.BEFORE_DUE, null, Channel.EMAIL, false), model);
    }

    @PostMapping("/regras")
    String add(
            @PathVariable String id,
            @Valid @ModelAttribute("newRule") NewRule newRule,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        PaymentMethod method = method(id);
        if (newRule.trigger() == Trigger.ON_DUE && newRule.days() != null && newRule.days() != 0) {
            errors.rejectValue("days", "onDue", "deve ser 0 no envio no vencimento");
        } else if (newRule.trigger() != null && newRule.trigger() != Trigger.ON_DUE && newRule.days() == null) {
            errors.rejectValue("days", "required", "informe os dias para envio");
        }
        if (errors.hasErrors()) return page(method, newRule, model);
        UUID accountId = CurrentAccount.id();
        try {
            rules.create(
                    accountId,
                    method.id(),
                    new SendingRuleData(
                            newRule.trigger(),
                            newRule.days(),
                            newRule.channel(),
                            null,
                            Boolean.TRUE.equals(newRule.attachInvoice()),
                            true));
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return page(method, newRule, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", existing(accountId, method.id(), newRule));
            model.addAttribute("conflictDetail", e.getMessage());
            return page(method, newRule, model);
        }
        next.addFlashAttribute("done", "Regra adicionada.");
        return redirect(method);
    }

    @PostMapping("/regras/{ruleId}/ativacao")
    String activate(
            @PathVariable String id,
            @PathVariable String ruleId,
            @RequestParam boolean ativa,
            RedirectAttributes next) {
        PaymentMethod method = method(id);
        rules.update(
                CurrentAccount.id(),
                method.id(),
                ruleId(ruleId),
                new SendingRuleChanges(null, null, null, null, null, ativa));
        next.addFlashAttribute("done", ativa ? "Regra ativada." : "Regra desativada.");
        return redirect(method);
    }

    @PostMapping("/regras/{ruleId}/remocao")
    String remove(@PathVariable String id, @PathVariable String ruleId, RedirectAttributes next) {
        PaymentMethod method = method(id);
        rules.delete(CurrentAccount.id(), method.id(), ruleId(ruleId));
        next.addFlashAttribute("done", "Regra removida.");
        return redirect(method);
    }

    private String page(PaymentMethod method, NewRule newRule, Model model) {
        model.addAttribute("method", method);
        model.addAttribute("rules", rules.list(CurrentAccount.id(), method.id()));
        model.addAttribute("layouts", LAYOUTS);
        model.addAttribute("triggers", Trigger.values());
        model.addAttribute("channels", Channel.values());
        if (!model.containsAttribute("newRule")) model.addAttribute("newRule", newRule);
        return "rules/email";
    }

    /** The rule the new one collides with, to name it in the page's own words; null if it went meanwhile. */
    private SendingRule existing(UUID accountId, UUID methodId, NewRule newRule) {
        int days = newRule.days() == null ? 0 : newRule.days();
        return rules.list(accountId, methodId).stream()
                .filter(r -> r.trigger() == newRule.trigger() && r.days() == days && r.channel() == newRule.channel())
                .findFirst()
                .orElse(null);
    }

    private PaymentMethod method(String id) {
        return paymentMethods.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Forma de cobrança"));
    }

    private static UUID ruleId(String id) {
        return Ids.parseOrNotFound(id, "Regra de envio");
    }

    private static String redirect(PaymentMethod method) {
        return "redirect:/configuracoes/formas-de-cobranca/" + method.id() + "/email";
    }
}
