package br.com.regua.carnes;

import br.com.regua.charges.CancellationData;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customer;
import br.com.regua.customers.Customers;
import br.com.regua.customers.Services;
import br.com.regua.notifications.EventNotice;
import br.com.regua.notifications.EventNoticeSettings;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.NoticeCheckbox;
import br.com.regua.web.PageController;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gerenciar boletos > Carnês: the list, "Novo carnê", a carnê's page with its PDF and cancellations. */
@PageController
@RequestMapping("/boletos/carnes")
class CarnePages {

    /** The form's fields; an error of the API's {@code totalAmount} is shown beside the amount. */
    private static final Set<String> FIELDS = Set.of(
            "customerId", "serviceId", "paymentMethodId", "installments", "amount", "firstDueDate", "description");

    private final Carnes carnes;
    private final Charges charges;
    private final Customers customers;
    private final Services services;
    private final PaymentMethods paymentMethods;
    private final EventNoticeSettings noticeSettings;

    CarnePages(
            Carnes carnes,
            Charges charges,
            Customers customers,
            Services services,
            PaymentMethods paymentMethods,
            EventNoticeSettings noticeSettings) {
        this.carnes = carnes;
        this.charges = charges;
        this.customers = customers;
        this.services = services;
        this.paymentMethods = paymentMethods;
        this.noticeSettings = noticeSettings;
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        var page = carnes.list(accountId, null, PageRequest.of(null, cursor));
        model.addAttribute("page", page);
        model.addAttribute(
                "customerNames",
                page.items().stream()
                        .map(Carne::customerId)
                        .distinct()
                        .flatMap(id -> customers.find(accountId, id).stream())
                        .collect(Collectors.toMap(Customer::id, Customer::name)));
        return "carnes/list";
    }

    /**
     * "Novo carnê": first the customer (searched by name or document, or given by the customer's
     * page as {@code clienteId}), then the form with that customer's services.
     */
    @GetMapping("/novo")
    String newCarne(
            @RequestParam(required = false) String clienteId,
            @RequestParam(required = false) String busca,
            Model model) {
        UUID accountId = CurrentAccount.id();
        Optional<Customer> customer =
                Optional.ofNullable(clienteId).flatMap(Ids::parse).flatMap(id -> customers.find(accountId, id));
        if (customer.isEmpty()) {
            model.addAttribute("busca", busca);
            model.addAttribute("found", customers.list(accountId, busca, PageRequest.of(null, null)));
            return "carnes/choose-customer";
        }
        CarneForm form = new CarneForm();
        form.setCustomerId(customer.get().id().toString());
        form.setNotifyCustomer(noticeSettings.sendsByDefault(accountId, EventNotice.CARNE_CREATED));
        model.addAttribute("carne", form);
        return form(accountId, customer.get(), model);
    }

    @PostMapping
    String create(@ModelAttribute("carne") CarneForm form, BindingResult errors, Model model) {
        UUID accountId = CurrentAccount.id();
        Customer customer = Optional.ofNullable(form.getCustomerId())
                .flatMap(Ids::parse)
                .flatMap(id -> customers.find(accountId, id))
                .orElse(null);
        if (customer == null) return "redirect:/boletos/carnes/novo";
        try {
            Carne created = carnes.create(accountId, form.toData());
            return "redirect:/boletos/carnes/" + created.id() + "?criado";
        } catch (InvalidFieldException e) {
            String field = FIELDS.contains(e.field()) ? e.field() : "amount";
            errors.rejectValue(field, "invalid", e.getMessage());
            return form(accountId, customer, model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String criado, Model model) {
        UUID accountId = CurrentAccount.id();
        Carne carne = carnes.get(accountId, carneId(id));
        model.addAttribute("carne", carne);
        model.addAttribute("created", criado != null);
        model.addAttribute(
                "customer", customers.find(accountId, carne.customerId()).orElse(null));
        model.addAttribute(
                "paymentMethod",
                paymentMethods.find(accountId, carne.paymentMethodId()).orElse(null));
        model.addAttribute(
                "service",
                Optional.ofNullable(carne.serviceId())
                        .flatMap(serviceId -> services.find(accountId, serviceId))
                        .orElse(null));
        model.addAttribute(
                "printable",
                carne.charges().stream()
                        .anyMatch(c ->
                                c.nossoNumero() != null && !c.status().name().equals("CANCELLED")));
        // Seed 000: each operation's "enviar e-mail" checkbox starts as the account's "enviar por padrão?".
        model.addAttribute(
                "notifyCarneCancellationByDefault",
                noticeSettings.sendsByDefault(accountId, EventNotice.CARNE_CANCELLATION));
        model.addAttribute(
                "notifyChargeCancellationByDefault",
                noticeSettings.sendsByDefault(accountId, EventNotice.CHARGE_CANCELLATION));
        return "carnes/detail";
    }

    @GetMapping("/{id}/carne.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        UUID carneId = carneId(id);
        return CarnesController.pdf(carneId, carnes.pdf(CurrentAccount.id(), carneId));
    }

    @PostMapping("/{id}/cancelamento")
    String cancel(
            @PathVariable String id,
            @RequestParam(required = false) String notifyCustomer,
            @RequestParam(name = "_notifyCustomer", required = false) String notifyShown,
            RedirectAttributes next) {
        UUID carneId = carneId(id);
        try {
            carnes.cancel(
                    CurrentAccount.id(),
                    carneId,
                    new CarneCancellation(NoticeCheckbox.answer(notifyCustomer, notifyShown)));
            next.addFlashAttribute("done", "cancelled");
        } catch (ConflictException e) {
            next.addFlashAttribute("refusal", e.getMessage());
        }
        return "redirect:/boletos/carnes/" + carneId;
    }

    /** One installment cancelled alone: that charge's own cancellation notice (seed 000). */
    @PostMapping("/{id}/parcelas/{chargeId}/cancelamento")
    String cancelInstallment(
            @PathVariable String id,
            @PathVariable String chargeId,
            @RequestParam(required = false) String notifyCustomer,
            @RequestParam(name = "_notifyCustomer", required = false) String notifyShown,
            RedirectAttributes next) {
        UUID accountId = CurrentAccount.id();
        Carne carne = carnes.get(accountId, carneId(id));
        UUID installmentId = Ids.parseOrNotFound(chargeId, "Parcela");
        Carne.Installment installment = carne.charges().stream()
                .filter(c -> c.id().equals(installmentId))
                .findFirst()
                .orElseThrow(() -> new br.com.regua.shared.NotFoundException("Parcela"));
        try {
            charges.cancel(
                    accountId,
                    installment.id(),
                    new CancellationData(NoticeCheckbox.answer(notifyCustomer, notifyShown)));
            next.addFlashAttribute("cancelledInstallment", installment.installment());
        } catch (ConflictException e) {
            next.addFlashAttribute(
                    "refusal",
                    "A parcela " + installment.installment() + " não está em aberto: não pode ser cancelada");
        }
        return "redirect:/boletos/carnes/" + carne.id();
    }

    private String form(UUID accountId, Customer customer, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("services", services.list(accountId, customer.id()));
        model.addAttribute(
                "paymentMethods",
                paymentMethods
                        .list(accountId, PageRequest.of(PageRequest.MAX_LIMIT, null))
                        .items());
        return "carnes/form";
    }

    private static UUID carneId(String id) {
        return Ids.parseOrNotFound(id, "Carnê");
    }
}
