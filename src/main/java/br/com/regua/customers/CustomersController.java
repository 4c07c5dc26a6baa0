package br.com.regua.customers;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
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
@RequestMapping("/api/v1/customers")
@Tag(name = "Clientes", description = "Clientes, contatos e serviços")
class CustomersController {

    record Items<T>(List<T> items, String next) {}

    private final Customers customers;
    private final Contacts contacts;
    private final Services services;

    CustomersController(Customers customers, Contacts contacts, Services services) {
        this.customers = customers;
        this.contacts = contacts;
        this.services = services;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cria um cliente (CPF/CNPJ validado e normalizado)")
    Customer create(@Valid @RequestBody CustomerData body) {
        return customers.create(CurrentAccount.id(), body);
    }

    @GetMapping
    @Operation(summary = "Lista clientes; search filtra por nome ou documento")
    Page<Customer> list(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return customers.list(CurrentAccount.id(), search, PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    Customer get(@PathVariable String id) {
        return customers.get(CurrentAccount.id(), customerId(id));
    }

    @PutMapping("/{id}")
    Customer update(@PathVariable String id, @Valid @RequestBody CustomerData body) {
        return customers.update(CurrentAccount.id(), customerId(id), body);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Contact addContact(@PathVariable String id, @Valid @RequestBody ContactData body) {
        return contacts.add(CurrentAccount.id(), customerId(id), body);
    }

    @GetMapping("/{id}/contacts")
    Items<Contact> contacts(@PathVariable String id) {
        return new Items<>(contacts.list(CurrentAccount.id(), customerId(id)), null);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    Contact updateContact(
            @PathVariable String id, @PathVariable String contactId, @Valid @RequestBody ContactData body) {
        return contacts.update(CurrentAccount.id(), customerId(id), Ids.parseOrNotFound(contactId, "Contato"), body);
    }

    @PostMapping("/{id}/services")
    @ResponseStatus(HttpStatus.CREATED)
    Service addService(@PathVariable String id, @Valid @RequestBody ServiceData body) {
        return services.add(CurrentAccount.id(), customerId(id), body);
    }

    @GetMapping("/{id}/services")
    Items<Service> services(@PathVariable String id) {
        return new Items<>(services.list(CurrentAccount.id(), customerId(id)), null);
    }

    @GetMapping("/{id}/services/{serviceId}")
    Service service(@PathVariable String id, @PathVariable String serviceId) {
        return services.get(CurrentAccount.id(), customerId(id), Ids.parseOrNotFound(serviceId, "Serviço"));
    }

    @PutMapping("/{id}/services/{serviceId}")
    Service updateService(
            @PathVariable String id, @PathVariable String serviceId, @Valid @RequestBody ServiceData body) {
        return services.update(CurrentAccount.id(), customerId(id), Ids.parseOrNotFound(serviceId, "Serviço"), body);
    }

    private static UUID customerId(String id) {
        return Ids.parseOrNotFound(id, "Cliente");
    }
}
