package br.com.regua.customers;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
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
 * Clientes: list, new-customer form and the customer page, with its notification matrix at the
 * bottom. The customer's charges are loaded by the page from the charges module, which depends on
 * this one and not the other way round.
 */
@PageController
@RequestMapping("/clientes")
class CustomerPages {

    private final Customers customers;
    private final Contacts contacts;
    private final Services services;
    private final NotificationPreferences preferences;
    private final CustomerEdits edits;

    CustomerPages(
            Customers customers,
            Contacts contacts,
            Services services,
            NotificationPreferences preferences,
            CustomerEdits edits) {
        this.customers = customers;
        this.contacts = contacts;
        this.services = services;
        this.preferences = preferences;
        this.edits = edits;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String busca, @RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("busca", busca);
        model.addAttribute("page", customers.list(CurrentAccount.id(), busca, PageRequest.of(null, cursor)));
        return "customers/list";
    }

    @GetMapping("/novo")
    String form(Model model) {
        model.addAttribute("customer", new CustomerData("", "", "", "", "", false));
        return "customers/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("customer") CustomerData customer, BindingResult errors) {
        if (errors.hasErrors()) return "customers/form";
        try {
            UUID id = customers.create(CurrentAccount.id(), customer).id();
            return "redirect:/clientes/" + id;
        } catch (InvalidFieldException e) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
            return "customers/form";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        UUID accountId = CurrentAccount.id();
        Customer customer = customers.get(accountId, Ids.parseOrNotFound(id, "Cliente"));
        model.addAttribute("customer", customer);
        model.addAttribute("contacts", contacts.list(accountId, customer.id()));
        model.addAttribute("services", services.list(accountId, customer.id()));
        model.addAllAttributes(
                NotificationPreferencePages.matrix(customer.id(), preferences.of(accountId, customer.id())));
        return "customers/detail";
    }

    /** "Editar" (seed 003): the customer, its postal address and "Enviar boletos gerados via Correios". */
    @GetMapping("/{id}/editar")
    String edit(@PathVariable String id, Model model) {
        UUID accountId = CurrentAccount.id();
        Customer customer = customers.get(accountId, Ids.parseOrNotFound(id, "Cliente"));
        model.addAttribute("customer", customer);
        model.addAttribute(
                "form",
                CustomerForm.of(
                        customer, preferences.of(accountId, customer.id()).postalDelivery()));
        return "customers/edit";
    }

    @PostMapping("/{id}/editar")
    String update(
            @PathVariable String id,
            @ModelAttribute("form") CustomerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        UUID accountId = CurrentAccount.id();
        Customer customer = customers.get(accountId, Ids.parseOrNotFound(id, "Cliente"));
        model.addAttribute("customer", customer);
        edits.validate(form, errors);
        if (errors.hasErrors()) return "customers/edit";
        try {
            edits.save(accountId, customer.id(), form);
        } catch (InvalidFieldException | br.com.regua.shared.ConflictException e) {
            String field = e instanceof InvalidFieldException invalid
                    ? CustomerEdits.formField(invalid)
                    : ((br.com.regua.shared.ConflictException) e).field();
            if (field != null && EDITABLE.contains(field)) errors.rejectValue(field, "invalid", e.getMessage());
            else if ("address".equals(field)) errors.rejectValue("postalDelivery", "invalid", e.getMessage());
            else errors.reject("invalid", e.getMessage());
            return "customers/edit";
        }
        next.addFlashAttribute("saved", true);
        return "redirect:/clientes/" + customer.id();
    }

    private static final java.util.Set<String> EDITABLE = java.util.Set.of(
            "name",
            "document",
            "email",
            "mobilePhone",
            "externalReference",
            "cep",
            "street",
            "number",
            "complement",
            "district",
            "city",
            "state",
            "postalDelivery");
}
