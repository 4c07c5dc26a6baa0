package br.com.regua.delivery.outbox;

import br.com.regua.shared.Channel;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The SMS and WhatsApp messages the outbox provider kept, oldest first, in pages. */
@RestController
@RequestMapping("/api/v1/outbox-messages")
@Tag(name = "Caixa de saída local")
class OutboxMessagesController {

    private final OutboxMessages messages;

    OutboxMessagesController(OutboxMessages messages) {
        this.messages = messages;
    }

    @GetMapping
    Page<OutboxMessage> list(
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return messages.list(CurrentAccount.id(), channel, PageRequest.of(limit, cursor));
    }
}
