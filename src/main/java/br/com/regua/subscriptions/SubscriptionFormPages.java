package br.com.regua.subscriptions;

import br.com.regua.customers.Customer;
import br.com.regua.customers.Customers;
import br.com.regua.customers.Services;
import br.com.regua.paymentmethods.PaymentMethod;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agendados > Novo agendamento, and a subscription's "Editar". Every refusal — a field that
 * cannot be read, bean validation, the facade's own rules — comes back beside its field with what
 * was typed, nothing saved.
 */
@PageController
@RequestMapping("/boletos/agendados")
class SubscriptionFormPages {

    /** The fields the edit form has; a facade error about another one is shown above the form. */
    private static final Set<String> EDITABLE =
            Set.of("paymentMethodId", "amount", "description", "generateDaysBefore", "endDate", "maxCharges");

    private final Subscriptions subscriptions;
    private final Customers customers;
    private final Services services;
    private final PaymentMethods paymentMethods;
    private final Validator validator;

    SubscriptionFormPages(
            Subscriptions subscriptions,
            Customers customers,
            Services services,
            PaymentMethods paymentMethods,
            Validator validator) {
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.services = services;
        this.paymentMethods = paymentMethods;
        this.validator = validator;
    }

    /** {@code clienteId} preselects the customer (the customer page's link); {@code busca} narrows the list. */
    @GetMapping("/novo")
    String newForm(
            @RequestParam(required = false) String clienteId,
            @RequestParam(required = false) String busca,
            Model model) {
        model.addAttribute("form", SubscriptionForm.blank(clienteId));
        return newPage(busca, null, model);
    }

    @PostMapping("/novo")
    String create(
            @ModelAttribute("form") SubscriptionForm form,
            BindingResult errors,
            @RequestParam(required = false) String busca,
            Model model) {
        UUID accountId = CurrentAccount.id();
        SubscriptionData data = form.data(errors);
        validate(data, errors);
        if (errors.hasErrors()) return newPage(busca, errors, model);
        try {
            return "redirect:/boletos/agendados/"
                    + subscriptions.create(accountId, data).id();
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", SubscriptionForm.readable(e.getMessage()));
            return newPage(busca, errors, model);
        }
    }

    /** The service select of the customer just chosen (htmx, on the customer select's change). */
    @GetMapping("/novo/servicos")
    String servicesOf(@RequestParam(required = false) String customerId, Model model) {
        model.addAttribute("services", servicesOf(CurrentAccount.id(), customerId));
        model.addAttribute("selectedService", "");
        return "subscriptions/form :: service-field";
    }

    @GetMapping("/{id}/editar")
    String editForm(@PathVariable String id, Model model) {
        Subscription subscription = subscriptions.get(CurrentAccount.id(), subscriptionId(id));
        model.addAttribute("form", SubscriptionForm.of(subscription));
        return editPage(subscription, model);
    }

    /** PUT semantics over the form: what the form shows is what the subscription becomes. */
    @PostMapping("/{id}/editar")
    String update(
            @PathVariable String id,
            @ModelAttribute("form") SubscriptionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        UUID accountId = CurrentAccount.id();
        Subscription subscription = subscriptions.get(accountId, subscriptionId(id));
        SubscriptionChanges changes = form.changes(errors);
        validate(changes, errors);
        if (errors.hasErrors()) return editPage(subscription, model);
        try {
            subscriptions.update(accountId, subscription.id(), changes, true);
            next.addFlashAttribute("updated", true);
            return "redirect:/boletos/agendados/" + subscription.id();
        } catch (InvalidFieldException e) {
            String message = SubscriptionForm.readable(e.getMessage());
            if (EDITABLE.contains(e.field())) errors.rejectValue(e.field(), "invalid", message);
            else errors.reject("invalid", message);
            return editPage(subscription, model);
        } catch (ConflictException e) {
            model.addAttribute("conflict", true);
            return editPage(subscriptions.get(accountId, subscription.id()), model);
        }
    }

    private String newPage(String busca, Errors errors, Model model) {
        UUID accountId = CurrentAccount.id();
        SubscriptionForm form = (SubscriptionForm) model.getAttribute("form");
        model.addAttribute("busca", busca);
        model.addAttribute("customers", customerChoices(accountId, form.customerId(), busca));
        model.addAttribute("services", servicesOf(accountId, form.customerId()));
        model.addAttribute("selectedService", form.serviceId());
        // The service select is also an htmx fragment of its own, outside the form's binding.
        var serviceError = errors == null ? null : errors.getFieldError("serviceId");
        model.addAttribute("serviceError", serviceError == null ? null : serviceError.getDefaultMessage());
        model.addAttribute("paymentMethods", paymentMethods(accountId));
        model.addAttribute("cycles", Cycle.values());
        return "subscriptions/form";
    }

    private String editPage(Subscription subscription, Model model) {
        UUID accountId = CurrentAccount.id();
        model.addAttribute("subscription", subscription);
        model.addAttribute(
                "customer", customers.find(accountId, subscription.customerId()).orElse(null));
        model.addAttribute("paymentMethods", paymentMethods(accountId));
        model.addAttribute(
                "editable",
                subscription.status() == SubscriptionStatus.ACTIVE
                        || subscription.status() == SubscriptionStatus.DEACTIVATED);
        return "subscriptions/edit";
    }

    /** Bean validation of what the facade receives, beside fields the form could read at all. */
    private void validate(Object target, Errors errors) {
        for (var violation : validator.validate(target)) {
            String field = violation.getPropertyPath().toString();
            if (!errors.hasFieldErrors(field)) errors.rejectValue(field, "invalid", violation.getMessage());
        }
    }

    /** The chosen customer first (even when the search would not list it), then the search's first page. */
    private List<Customer> customerChoices(UUID accountId, String customerId, String busca) {
        List<Customer> choices = new ArrayList<>();
        Ids.parse(customerId == null ? "" : customerId.trim())
                .flatMap(id -> customers.find(accountId, id))
                .ifPresent(choices::add);
        for (Customer c : customers
                .list(accountId, busca, PageRequest.of(PageRequest.MAX_LIMIT, null))
                .items()) {
            if (choices.stream().noneMatch(chosen -> chosen.id().equals(c.id()))) choices.add(c);
        }
        return choices;
    }

    private List<br.com.regua.customers.Service> servicesOf(UUID accountId, String customerId) {
        return Ids.parse(customerId == null ? "" : customerId.trim())
                .filter(id -> customers.find(accountId, id).isPresent())
                .map(id -> services.list(accountId, id))
                .orElse(List.of());
    }

    /** Every payment method of the account: a merchant has a handful, never a page's worth. */
    private List<PaymentMethod> paymentMethods(UUID accountId) {
        List<PaymentMethod> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = paymentMethods.list(accountId, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null && all.size() < 10 * PageRequest.MAX_LIMIT);
        return all;
    }

    private static UUID subscriptionId(String id) {
        return Ids.parseOrNotFound(id, "Agendamento");
    }
}
