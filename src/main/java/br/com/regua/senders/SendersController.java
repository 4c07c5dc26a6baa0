package br.com.regua.senders;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/senders")
@Tag(name = "Remetentes")
class SendersController {

    record Items<T>(List<T> items, String next) {}

    record Activation(boolean active) {}

    private final Senders senders;

    SendersController(Senders senders) {
        this.senders = senders;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Cadastra um remetente",
            description = "E-mail: SMTP, com assinatura DKIM opcional (dkimDomain, dkimSelector e dkimPrivateKey"
                    + " juntos). SMS e WhatsApp: provider, settings e token. Senha, token e chave DKIM não voltam.")
    Sender create(@Valid @RequestBody SenderData body) {
        return senders.create(CurrentAccount.id(), body);
    }

    @GetMapping
    Items<Sender> list() {
        return new Items<>(senders.list(CurrentAccount.id()), null);
    }

    @GetMapping("/{id}")
    Sender get(@PathVariable String id) {
        return senders.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Altera um remetente (por exemplo, para trocar as credenciais)",
            description = "O mesmo corpo do cadastro, validado da mesma forma; canal e provedor não mudam. Senha e"
                    + " token omitidos (null) mantêm os guardados, e a senha vazia remove a senha; a assinatura DKIM"
                    + " omitida é mantida. Senha, token e chave DKIM nunca voltam na resposta.")
    Sender update(@PathVariable String id, @Valid @RequestBody SenderData body) {
        return senders.update(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"), body);
    }

    @PostMapping("/{id}/activation")
    Sender activation(@PathVariable String id, @RequestBody Activation body) {
        var senderId = Ids.parseOrNotFound(id, "Remetente");
        senders.setActive(CurrentAccount.id(), senderId, body.active());
        return senders.get(CurrentAccount.id(), senderId);
    }

    @GetMapping("/{id}/dkim")
    @Operation(summary = "A assinatura DKIM do remetente e o registro TXT a publicar no DNS; nunca a chave privada")
    SenderDkim dkim(@PathVariable String id) {
        return get(id).dkim();
    }

    @PutMapping("/{id}/dkim")
    @Operation(
            summary = "Liga ou troca a assinatura DKIM de um remetente SMTP",
            description = "dkimDomain (o domínio do e-mail do remetente ou um domínio acima dele), dkimSelector e"
                    + " dkimPrivateKey (PEM RSA, PKCS#8 ou PKCS#1, 1024 a 4096 bits) vão juntos; a chave é guardada"
                    + " criptografada e nunca é mostrada de novo")
    Sender setDkim(@PathVariable String id, @Valid @RequestBody DkimData body) {
        return senders.setDkim(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"), body);
    }

    @DeleteMapping("/{id}/dkim")
    @Operation(summary = "Deixa de assinar os e-mails do remetente com DKIM e apaga a chave privada")
    Sender removeDkim(@PathVariable String id) {
        return senders.removeDkim(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"));
    }
}
