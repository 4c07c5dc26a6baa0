package br.com.regua.senders;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping("/{id}/activation")
    Sender activation(@PathVariable String id, @RequestBody Activation body) {
        var senderId = Ids.parseOrNotFound(id, "Remetente");
        senders.setActive(CurrentAccount.id(), senderId, body.active());
        return senders.get(CurrentAccount.id(), senderId);
    }
}
