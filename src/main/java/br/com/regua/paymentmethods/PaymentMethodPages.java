package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Configurações > Financeiro > Formas de cobrança, and the "status do serviço para envio" form
 * that the method's E-mail tab (served by the rules module) loads with htmx.
 */
@PageController
@RequestMapping("/configuracoes/formas-de-cobranca")
class PaymentMethodPages {

    private final PaymentMethods paymentMethods;

    PaymentMethodPages(PaymentMethods paymentMethods) {
        this.paymentMethods = paymentMethods;
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", paymentMethods.list(CurrentAccount.id(), PageRequest.of(null, cursor)));
        return "paymentmethods/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        model.addAttribute("method", method(id));
        model.addAttribute("serviceStatuses", ServiceStatus.values());
        return "paymentmethods/detail";
    }

    /** "Carência de compensação": 0 to 10 business days, the message beside the field otherwise. */
    @PostMapping("/{id}/carencia")
    String saveGrace(
            @PathVariable String id,
            @RequestParam(name = "dias", required = false) String days,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PaymentMethod method = method(id);
        Integer grace = days != null && days.trim().matches("\\d{1,2}") ? Integer.valueOf(days.trim()) : null;
        model.addAttribute("method", method);
        if (grace == null || grace > 10) {
            model.addAttribute("graceError", "informe de 0 a 10 dias úteis");
            model.addAttribute("graceValue", days);
            return "paymentmethods/fragments :: grace";
        }
        PaymentMethod saved = paymentMethods.update(
                CurrentAccount.id(),
                method.id(),
                new PaymentMethodChanges(
                        method.name(),
                        method.senderId() == null ? null : method.senderId().toString(),
                        method.eligibleServiceStatuses(),
                        null,
                        null,
                        grace));
        if (htmx == null) return "redirect:/configuracoes/formas-de-cobranca/" + method.id();
        model.addAttribute("method", saved);
        model.addAttribute("graceSaved", true);
        return "paymentmethods/fragments :: grace";
    }

    @GetMapping("/{id}/status-para-envio")
    String statuses(@PathVariable String id, Model model) {
        PaymentMethod method = method(id);
        return statusesForm(method, method.eligibleServiceStatuses(), null, false, model);
    }

    /** An empty choice is refused here: the API reads it as "the default", which a click would not mean. */
    @PostMapping("/{id}/status-para-envio")
    String saveStatuses(
            @PathVariable String id,
            @RequestParam(name = "status", required = false) List<String> chosen,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PaymentMethod method = method(id);
        Set<ServiceStatus> statuses = EnumSet.noneOf(ServiceStatus.class);
        for (String name : chosen == null ? List.<String>of() : chosen) {
            Arrays.stream(ServiceStatus.values())
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .ifPresent(statuses::add);
        }
        if (statuses.isEmpty()) {
            return statusesForm(method, statuses, "marque ao menos um status", false, model);
        }
        PaymentMethod saved = paymentMethods.update(
                CurrentAccount.id(),
                method.id(),
                new PaymentMethodChanges(
                        method.name(),
                        method.senderId() == null ? null : method.senderId().toString(),
                        statuses,
                        null,
                        null));
        if (htmx == null) return "redirect:/configuracoes/formas-de-cobranca/" + method.id() + "/email";
        return statusesForm(saved, saved.eligibleServiceStatuses(), null, true, model);
    }

    private static String statusesForm(
            PaymentMethod method, Set<ServiceStatus> selected, String error, boolean saved, Model model) {
        model.addAttribute("method", method);
        model.addAttribute("serviceStatuses", ServiceStatus.values());
        model.addAttribute("selected", selected);
        model.addAttribute("error", error);
        model.addAttribute("saved", saved);
        return "paymentmethods/fragments :: statuses";
    }

    private PaymentMethod method(String id) {
        UUID methodId = Ids.parseOrNotFound(id, "Forma de cobrança");
        return paymentMethods.get(CurrentAccount.id(), methodId);
    }
}
