package br.com.regua.letters;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cartas")
class LetterBatchesController {

    private final Letters letters;

    LetterBatchesController(Letters letters) {
        this.letters = letters;
    }

    @GetMapping("/letter-batches")
    @Operation(
            summary = "Os lotes de impressão de cartas (boletos pelos Correios), do mais novo ao mais antigo: data,"
                    + " cartas, páginas e a execução de rotina PRINT_LETTERS que o gerou")
    Page<LetterBatch> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return letters.batches(CurrentAccount.id(), PageRequest.of(limit, cursor));
    }

    @GetMapping("/letter-batches/{id}")
    @Operation(summary = "Um lote de cartas")
    LetterBatch get(@PathVariable String id) {
        return letters.get(CurrentAccount.id(), batchId(id));
    }

    @GetMapping(value = "/letter-batches/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "O PDF do lote: uma folha A4 por carta, com o endereço na posição da janela do envelope e a"
                    + " ficha de compensação do boleto na mesma folha")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        UUID batchId = batchId(id);
        return pdf(batchId, letters.pdf(CurrentAccount.id(), batchId));
    }

    @GetMapping(value = "/letter-batches/{id}.csv", produces = "text/csv")
    @Operation(
            summary = "O manifesto do lote em CSV (separado por ponto e vírgula, UTF-8, com cabeçalho): uma linha por"
                    + " carta, na ordem do PDF — cliente, endereço, CEP, cobrança, nosso número, vencimento, valor e"
                    + " páginas")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv"))
    ResponseEntity<String> csv(@PathVariable String id) {
        UUID batchId = batchId(id);
        return csv(batchId, letters.csv(CurrentAccount.id(), batchId));
    }

    @PostMapping("/charges/{id}/letters")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Pede a reimpressão da carta da cobrança: ela entra de novo no próximo lote de PRINT_LETTERS"
                    + " (um pedido espera por cobrança; pedir de novo antes do lote devolve o mesmo). 409 se a"
                    + " cobrança não está em aberto, não tem boleto ou o cliente não tem endereço postal")
    LetterReprint reprint(@PathVariable String id) {
        return letters.reprint(CurrentAccount.id(), Ids.parseOrNotFound(id, "Cobrança"));
    }

    /** The batch's PDF as a response, shown in the browser (API and page). */
    static ResponseEntity<byte[]> pdf(UUID batchId, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("cartas-" + batchId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The batch's manifest as a download (API and page). */
    static ResponseEntity<String> csv(UUID batchId, String csv) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("cartas-" + batchId + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    private static UUID batchId(String id) {
        return Ids.parseOrNotFound(id, "Lote de cartas");
    }
}
