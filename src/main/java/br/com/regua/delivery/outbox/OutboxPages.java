package br.com.regua.delivery.outbox;

import br.com.regua.shared.Channel;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Caixa de saída local" for SMS and WhatsApp: what the outbox provider kept instead of sending. */
@PageController
class OutboxPages {

    private static final int SHOWN = 200;

    private final OutboxMessages messages;

    OutboxPages(OutboxMessages messages) {
        this.messages = messages;
    }

    @GetMapping("/caixa-de-saida/sms-whatsapp")
    String list(@RequestParam(name = "canal", required = false) String canal, Model model) {
        Channel channel = "SMS".equalsIgnoreCase(canal)
                ? Channel.SMS
                : "WHATSAPP".equalsIgnoreCase(canal) ? Channel.WHATSAPP : null;
        model.addAttribute("canal", channel == null ? "" : channel.name());
        model.addAttribute("messages", messages.recent(CurrentAccount.id(), channel, SHOWN));
        return "delivery/outbox-list";
    }
}
