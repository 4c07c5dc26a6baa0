package br.com.regua.pix;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account's Pix webhook (product.md Appendix B: {@code /settings/pix-webhook}; also answered at
 * {@code /pix/webhook}) and the Pix it received.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pix")
class PixController {

    record Created(String url) {}

    private final PixPayments payments;

    PixController(PixPayments payments) {
        this.payments = payments;
    }

    @PostMapping({"/settings/pix-webhook", "/pix/webhook"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Gera um novo segredo do webhook Pix (o anterior deixa de valer); a URL é mostrada uma vez")
    Created rotate() {
        return new Created(payments.rotateWebhook(CurrentAccount.id()));
    }

    @GetMapping({"/settings/pix-webhook", "/pix/webhook"})
    @Operation(summary = "O webhook Pix da conta, sem o segredo: último recebimento e contagens")
    PixWebhook webhook() {
        return payments.webhook(CurrentAccount.id()).orElseThrow(() -> new NotFoundException("Webhook Pix"));
    }

    @GetMapping("/pix/payments")
    @Operation(summary = "Os Pix recebidos, do mais novo ao mais antigo, com o que cada um fez")
    Page<PixPayment> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return payments.list(CurrentAccount.id(), PageRequest.of(limit, cursor));
    }
}
