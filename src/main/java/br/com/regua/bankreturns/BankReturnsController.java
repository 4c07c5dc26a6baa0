package br.com.regua.bankreturns;

import br.com.regua.charges.Charges;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Arquivos retorno")
class BankReturnsController {

    private static final int ITEMS_IN_REPORT = 100;

    private final BankReturns bankReturns;
    private final Charges charges;

    BankReturnsController(BankReturns bankReturns, Charges charges) {
        this.bankReturns = bankReturns;
        this.charges = charges;
    }

    /** The report of one import, with the first page of its titles. */
    record Report(
            UUID id,
            BankReturnStatus status,
            ReturnFormat format,
            String bank,
            String fileName,
            String agency,
            String bankAccount,
            String agreement,
            int lines,
            int paid,
            int alreadyPaid,
            int unmatched,
            int ignored,
            List<BankReturnItem> rejected,
            List<LineError> errors,
            List<BankReturnItem> items,
            String next,
            Instant createdAt,
            Instant completedAt) {

        static Report of(BankReturn r, BankReturns.LinePage page) {
            return new Report(
                    r.id(),
                    r.status(),
                    r.format(),
                    r.bank(),
                    r.fileName(),
                    r.agency(),
                    r.bankAccount(),
                    r.agreement(),
                    r.lines(),
                    r.paid(),
                    r.alreadyPaid(),
                    r.unmatched(),
                    r.ignored(),
                    r.rejected(),
                    r.errors(),
                    page.items(),
                    page.next(),
                    r.createdAt(),
                    r.completedAt());
        }
    }

    @PostMapping(
            value = "/bank-returns",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(
            summary = "Importa um arquivo retorno CNAB 400 (BB, Bradesco, Itaú) ou CNAB 240 (BB, Santander, Caixa),"
                    + " enviado como o corpo: 202 PROCESSING (aplicado em segundo plano), 422 REJECTED com a linha e o"
                    + " campo de cada erro (nada é aplicado), ou 200 com a importação anterior dos mesmos bytes")
    ResponseEntity<Object> importBody(HttpServletRequest request, @RequestParam(required = false) String fileName)
            throws IOException {
        return answer(bankReturns.importFile(CurrentAccount.id(), fileName, body(request.getInputStream())));
    }

    @PostMapping(value = "/bank-returns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "O mesmo, com o arquivo na parte \"file\" de um formulário multipart")
    ResponseEntity<Object> importPart(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > BankReturns.MAX_BYTES) {
            throw new InvalidFieldException(
                    "file", "arquivo maior que " + BankReturns.MAX_BYTES / (1024 * 1024) + " MB");
        }
        return answer(bankReturns.importFile(CurrentAccount.id(), file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/bank-returns")
    @Operation(summary = "Os arquivos retorno importados, na ordem em que chegaram (sem as linhas)")
    Page<BankReturn> list(
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return bankReturns.list(CurrentAccount.id(), PageRequest.of(limit, cursor));
    }

    @GetMapping("/bank-returns/{id}")
    @Operation(
            summary = "O relatório de uma importação: contagens, erros de um arquivo recusado e as primeiras "
                    + ITEMS_IN_REPORT + " linhas (as demais em /lines)")
    Report get(@PathVariable String id) {
        UUID returnId = Ids.parseOrNotFound(id, "Arquivo retorno");
        BankReturn found = bankReturns.get(CurrentAccount.id(), returnId);
        return Report.of(found, bankReturns.lines(CurrentAccount.id(), returnId, 0, ITEMS_IN_REPORT));
    }

    @GetMapping("/bank-returns/{id}/lines")
    @Operation(summary = "Os títulos do arquivo, na ordem do arquivo, com o que a importação fez com cada um")
    BankReturns.LinePage lines(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        UUID returnId = Ids.parseOrNotFound(id, "Arquivo retorno");
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        if (size < 1 || size > PageRequest.MAX_LIMIT) {
            throw new InvalidFieldException("limit", "deve estar entre 1 e " + PageRequest.MAX_LIMIT);
        }
        return bankReturns.lines(CurrentAccount.id(), returnId, afterLine(cursor), size);
    }

    @GetMapping("/charges/{id}/bank-occurrences")
    @Operation(summary = "O histórico da cobrança nos arquivos retorno: cada ocorrência do banco, da mais antiga")
    Map<String, Object> history(@PathVariable String id) {
        UUID chargeId = Ids.parseOrNotFound(id, "Cobrança");
        if (charges.find(CurrentAccount.id(), chargeId).isEmpty()) throw new NotFoundException("Cobrança");
        return Map.of("items", bankReturns.history(CurrentAccount.id(), chargeId));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Formulário multipart ilegível: envie o arquivo na parte \"file\"");
        problem.setTitle("Bad Request");
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", problem.getDetail())));
        return problem;
    }

    private static ResponseEntity<Object> answer(BankReturns.Imported imported) {
        BankReturn r = imported.bankReturn();
        if (r.status() == BankReturnStatus.REJECTED) {
            // Appendix B's shape: the import itself (status REJECTED) with the problem's title and detail.
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", "Arquivo retorno recusado");
            body.put(
                    "detail",
                    r.errors().isEmpty()
                            ? "arquivo recusado"
                            : "linha " + r.errors().get(0).line() + ": "
                                    + r.errors().get(0).message());
            body.put("id", r.id());
            body.put("status", r.status());
            body.put("format", r.format());
            body.put("bank", r.bank());
            body.put("errors", r.errors());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        return ResponseEntity.status(imported.replayed() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .header("Idempotent-Replayed", String.valueOf(imported.replayed()))
                .body(r);
    }

    private static byte[] body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(BankReturns.MAX_BYTES + 1);
        if (bytes.length > BankReturns.MAX_BYTES) {
            throw new InvalidFieldException(
                    "file", "arquivo maior que " + BankReturns.MAX_BYTES / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    private static int afterLine(String cursor) {
        if (cursor == null || cursor.isBlank()) return 0;
        try {
            int line = Integer.parseInt(cursor.trim());
            if (line < 0) throw new NumberFormatException();
            return line;
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("cursor", "cursor inválido");
        }
    }
}
