package br.com.regua.paymentmethods;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@RequestMapping("/api/v1/payment-methods")
@Tag(name = "Formas de cobrança")
class PaymentMethodsController {

    private final PaymentMethods paymentMethods;

    PaymentMethodsController(PaymentMethods paymentMethods) {
        this.paymentMethods = paymentMethods;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PaymentMethod create(@Valid @RequestBody PaymentMethodData body) {
        return paymentMethods.create(CurrentAccount.id(), body);
    }

    @GetMapping
    Page<PaymentMethod> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return paymentMethods.list(CurrentAccount.id(), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    PaymentMethod get(@PathVariable String id) {
        return paymentMethods.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Forma de cobrança"));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Altera nome, remetente e status do serviço para envio (tipo e convênio não mudam)")
    PaymentMethod update(@PathVariable String id, @Valid @RequestBody PaymentMethodChanges body) {
        return paymentMethods.update(CurrentAccount.id(), Ids.parseOrNotFound(id, "Forma de cobrança"), body);
    }
}
