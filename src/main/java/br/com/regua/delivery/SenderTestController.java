package br.com.regua.delivery;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Remetentes")
class SenderTestController {

    record TestRequest(@NotBlank @Email @Size(max = 254) String to) {}

    private final SenderTest test;

    SenderTestController(SenderTest test) {
        this.test = test;
    }

    @PostMapping("/api/v1/senders/{id}/test")
    @Operation(summary = "Envia um e-mail de teste agora e responde com sucesso ou a resposta exata do servidor")
    SenderTest.Result test(@PathVariable String id, @Valid @RequestBody TestRequest body) {
        return test.send(
                CurrentAccount.id(),
                Ids.parseOrNotFound(id, "Remetente"),
                body.to().trim());
    }
}
