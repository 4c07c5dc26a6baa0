package br.com.regua.invoices;

import br.com.regua.shared.Brl;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

@RestController
@Tag(name = "Cobranças")
class InvoicesController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ChargeInvoices invoices;
    private final ITemplateEngine pages;

    InvoicesController(ChargeInvoices invoices, ITemplateEngine pages) {
        this.invoices = invoices;
        this.pages = pages;
    }

    @GetMapping(value = "/api/v1/charges/{id}/invoice.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "O boleto da cobrança em PDF (gerado uma vez e guardado)")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        byte[] pdf = invoices.pdf(CurrentAccount.id(), Ids.parseOrNotFound(id, "Cobrança"))
                .orElseThrow(() -> new NotFoundException("Boleto desta cobrança"));
        return pdf(pdf);
    }

    /**
     * The customer's link, from the e-mail: no login, the signed token is the credential. A paid or
     * cancelled charge gets a page saying so instead of a slip to pay again; an old one, 410.
     */
    @GetMapping("/faturas/{token}/boleto.pdf")
    ResponseEntity<byte[]> publicPdf(@PathVariable String token) {
        return invoices.open(token)
                .map(this::answer)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private ResponseEntity<byte[]> answer(InvoiceLink link) {
        if (link instanceof InvoiceLink.Payable payable) return pdf(payable.pdf());
        if (link instanceof InvoiceLink.Closed closed) return page(HttpStatus.OK, closed);
        return page(HttpStatus.GONE, null);
    }

    private ResponseEntity<byte[]> page(HttpStatus status, InvoiceLink.Closed closed) {
        Context context = new Context(Locale.forLanguageTag("pt-BR"));
        context.setVariable("closed", closed);
        if (closed != null) {
            context.setVariable("on", DATE.format(closed.on()));
            context.setVariable("amount", Brl.format(closed.amount()));
        }
        context.setVariable("keptForDays", InvoiceLink.KEPT_FOR_DAYS);
        String html = pages.process("invoices/closed", context);
        return ResponseEntity.status(status).contentType(HTML).body(html.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"boleto.pdf\"")
                .body(pdf);
    }
}
