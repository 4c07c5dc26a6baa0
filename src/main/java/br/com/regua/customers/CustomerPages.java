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

    CustomerPages(Customers customers, Contacts contacts, Services services, NotificationPreferences preferences) {
        this.customers = customers;
        this.contacts = contacts;
        this.services = services;
        this.preferences = preferences;
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
}
