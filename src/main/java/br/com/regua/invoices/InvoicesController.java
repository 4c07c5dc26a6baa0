package br.com.regua.invoices;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cobranças")
class InvoicesController {

    private final ChargeInvoices invoices;

    InvoicesController(ChargeInvoices invoices) {
        this.invoices = invoices;
    }

    @GetMapping(value = "/api/v1/charges/{id}/invoice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "O boleto da cobrança em PDF (gerado uma vez e guardado)")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        byte[] pdf = invoices.pdf(CurrentAccount.id(), Ids.parseOrNotFound(id, "Cobrança"))
                .orElseThrow(() -> new NotFoundException("Boleto desta cobrança"));
        return pdf(pdf);
    }

    /** The customer's link, from the e-mail: no login, the signed token is the credential. */
    @GetMapping(value = "/faturas/{token}/boleto.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> publicPdf(@PathVariable String token) {
        return invoices.byToken(token)
                .map(InvoicesController::pdf)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"boleto.pdf\"")
                .body(pdf);
    }
}
