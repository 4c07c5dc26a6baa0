package br.com.regua.carnes;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/carnes")
@Tag(name = "Carnês")
class CarnesController {

    /** An id that is not ours matches nothing, like any other unknown id. */
    private static final UUID NO_SUCH_ID = new UUID(0, 0);

    private final Carnes carnes;

    CarnesController(Carnes carnes) {
        this.carnes = carnes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Cria um carnê: 2 a 60 parcelas mensais (amount por parcela ou totalAmount dividido, o resto"
                    + " na primeira); o e-mail de carnê gerado leva o PDF com todas as parcelas")
    Carne create(@Valid @RequestBody CarneData body) {
        return carnes.create(CurrentAccount.id(), body);
    }

    @GetMapping
    @Operation(summary = "Lista os carnês, com suas parcelas")
    Page<Carne> list(
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        UUID customer = customerId == null ? null : Ids.parse(customerId).orElse(NO_SUCH_ID);
        return carnes.list(CurrentAccount.id(), customer, PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    Carne get(@PathVariable String id) {
        return carnes.get(CurrentAccount.id(), carneId(id));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "O carnê em PDF: os boletos de todas as parcelas (menos as canceladas), três por página A4")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        UUID carneId = carneId(id);
        return pdf(carneId, carnes.pdf(CurrentAccount.id(), carneId));
    }

    /** The carnê's PDF as a response, shown in the browser, named after the carnê (API and page). */
    static ResponseEntity<byte[]> pdf(UUID carneId, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("carne-" + carneId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(
            summary = "Cancela o carnê inteiro: as parcelas em aberto são canceladas e um único e-mail de"
                    + " cancelamento do carnê é enviado (notifyCustomer sobrepõe o padrão da conta); para cancelar"
                    + " uma parcela só, POST /charges/{id}/cancellation")
    Carne cancel(@PathVariable String id, @RequestBody(required = false) CarneCancellation body) {
        return carnes.cancel(CurrentAccount.id(), carneId(id), body == null ? CarneCancellation.NONE : body);
    }

    private static UUID carneId(String id) {
        return Ids.parseOrNotFound(id, "Carnê");
    }
}
