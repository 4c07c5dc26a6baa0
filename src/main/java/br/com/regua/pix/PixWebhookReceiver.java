package br.com.regua.pix;

import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the PSP posts the Pix it received, as the Banco Central's API Pix lays it out. The PSP holds
 * no API key: the secret in the URL names the account. A wrong secret is a 404, the same answer as
 * any unknown address, read before the body so that an anonymous caller cannot make us hold it.
 * The API Pix appends "/pix" to the registered URL (Efí, for one, does), so both paths answer.
 */
@RestController
@Tag(name = "Pix (entrada)")
class PixWebhookReceiver {

    /** Far above any real batch (the PSP posts a handful of Pix per call), far below a memory problem. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final PixPayments payments;

    PixWebhookReceiver(PixPayments payments) {
        this.payments = payments;
    }

    @PostMapping({PixPayments.PATH + "{secret}", PixPayments.PATH + "{secret}/pix"})
    @SecurityRequirements
    @Operation(
            summary = "Recebe Pix do PSP (formato da API Pix do Banco Central)",
            description = "Corpo {\"pix\": [{\"endToEndId\", \"txid\", \"valor\": \"159.90\", \"horario\", \"chave\","
                    + " \"infoPagador\", \"devolucoes\"}]}. Idempotente por endToEndId.")
    PixPayments.Receipt receive(@PathVariable String secret, InputStream body) throws IOException {
        UUID accountId = payments.authenticate(secret).orElseThrow(() -> new NotFoundException("Endereço"));
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new InvalidFieldException("body", "corpo maior que 1 MB");
        }
        return payments.receive(accountId, PixBody.parse(bytes));
    }
}
