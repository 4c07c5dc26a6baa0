package br.com.regua.charges;

import br.com.regua.customers.Customer;
import br.com.regua.customers.Customers;
import br.com.regua.customers.Services;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cobranças > Todas, the charge page, and the charges table the customer page loads with htmx. */
@PageController
@RequestMapping("/cobrancas")
class ChargePages {

    /** An id that is not ours matches nothing, like any other unknown id. */
    private static final UUID NO_SUCH_ID = new UUID(0, 0);

    private final Charges charges;
    private final Customers customers;
    private final Services services;
    private final PaymentMethods paymentMethods;
    private final NoticeDefaults noticeDefaults;

    ChargePages(
            Charges charges,
            Customers customers,
            Services services,
            PaymentMethods paymentMethods,
            NoticeDefaults noticeDefaults) {
        this.charges = charges;
        this.customers = customers;
        this.services = services;
        this.paymentMethods = paymentMethods;
        this.noticeDefaults = noticeDefaults;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String clienteId,
            @RequestParam(required = false) String cursor,
            Model model) {
        UUID accountId = CurrentAccount.id();
        ChargeFilter filter = new ChargeFilter(customer(clienteId), status(status));
        Page<Charge> page = charges.list(accountId, filter, PageRequest.of(null, cursor));
        model.addAttribute("page", page);
        model.addAttribute("customerNames", customerNames(accountId, page));
        model.addAttribute("status", filter.status());
        model.addAttribute("clienteId", filter.customerId() == null ? null : clienteId);
        model.addAttribute("statuses", ChargeStatus.values());
        return "charges/list";
    }

    /** The customer page's charges, most recent pages aside: a link leads to the full list. */
    @GetMapping("/fragmento")
    String ofCustomer(@RequestParam String clienteId, Model model) {
        UUID customerId = customer(clienteId);
        model.addAttribute(
                "page",
                charges.list(
                        CurrentAccount.id(),
                        new ChargeFilter(customerId, null),
                        PageRequest.of(PageRequest.MAX_LIMIT, null)));
        model.addAttribute("clienteId", clienteId);
        return "charges/fragments :: customer-charges";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        UUID accountId = CurrentAccount.id();
        Charge charge = charges.get(accountId, chargeId(id));
        model.addAttribute("charge", charge);
        model.addAttribute(
                "customer", customers.find(accountId, charge.customerId()).orElse(null));
        model.addAttribute(
                "service",
                Optional.ofNullable(charge.serviceId())
                        .flatMap(serviceId -> services.find(accountId, serviceId))
                        .orElse(null));
        model.addAttribute(
                "paymentMethod",
                paymentMethods.find(accountId, charge.paymentMethodId()).orElse(null));
        // Seed 000: each operation's "enviar e-mail" checkbox starts as the account's "enviar por padrão?".
        model.addAttribute("today", charges.today(accountId));
        model.addAttribute("amountTyped", PaymentForm.typed(charge.amount()));
        model.addAttribute("notifyPaymentByDefault", noticeDefaults.paymentConfirmation(accountId));
        model.addAttribute("notifyCancellationByDefault", noticeDefaults.chargeCancellation(accountId));
        return "charges/detail";
    }

    /**
     * "Marcar como paga" (Efí's settle): the paid-on date, the amount and whether to tell the
     * customer; a field the merchant mistyped comes back named, with nothing changed.
     */
    @PostMapping("/{id}/pagamento")
    String pay(
            @PathVariable String id,
            @RequestParam(required = false) String paidAt,
            @RequestParam(required = false) String amount,
            @RequestParam(required = false) String notifyCustomer,
            @RequestParam(name = "_notifyCustomer", required = false) String notifyShown,
            RedirectAttributes next) {
        UUID chargeId = chargeId(id);
        try {
            PaymentData payment = PaymentForm.parse(paidAt, amount, PaymentForm.checkbox(notifyCustomer, notifyShown));
            charges.pay(CurrentAccount.id(), chargeId, payment);
            next.addFlashAttribute("done", "paid");
        } catch (PaymentForm.Invalid e) {
            next.addFlashAttribute("paymentErrorField", e.getField());
            next.addFlashAttribute("paymentError", e.getMessage());
        } catch (ConflictException e) {
            next.addFlashAttribute("refused", "pay");
        }
        return "redirect:/cobrancas/" + chargeId;
    }

    @PostMapping("/{id}/cancelamento")
    String cancel(
            @PathVariable String id,
            @RequestParam(required = false) String notifyCustomer,
            @RequestParam(name = "_notifyCustomer", required = false) String notifyShown,
            RedirectAttributes next) {
        UUID chargeId = chargeId(id);
        try {
            charges.cancel(
                    CurrentAccount.id(),
                    chargeId,
                    new CancellationData(PaymentForm.checkbox(notifyCustomer, notifyShown)));
            next.addFlashAttribute("done", "cancelled");
        } catch (ConflictException e) {
            next.addFlashAttribute("refused", "cancel");
        }
        return "redirect:/cobrancas/" + chargeId;
    }

    private Map<UUID, String> customerNames(UUID accountId, Page<Charge> page) {
        return page.items().stream()
                .map(Charge::customerId)
                .distinct()
                .flatMap(customerId -> customers.find(accountId, customerId).stream())
                .collect(Collectors.toMap(Customer::id, Customer::name));
    }

    private static UUID customer(String clienteId) {
        if (clienteId == null || clienteId.isBlank()) return null;
        return Ids.parse(clienteId).orElse(NO_SUCH_ID);
    }

    private static ChargeStatus status(String status) {
        return Arrays.stream(ChargeStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    private static UUID chargeId(String id) {
        return Ids.parseOrNotFound(id, "Cobrança");
    }
}
