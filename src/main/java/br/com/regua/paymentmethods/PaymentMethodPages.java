package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Configurações > Financeiro > Formas de cobrança. */
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
        model.addAttribute(
                "method", paymentMethods.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Forma de cobrança")));
        model.addAttribute("serviceStatuses", ServiceStatus.values());
        return "paymentmethods/detail";
    }
}
