package br.com.regua.delivery;

import br.com.regua.senders.Sender;
import br.com.regua.senders.Senders;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.web.PageController;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Remetente > Ações > Testar": an address typed in, a test e-mail sent now through the sender,
 * and the server's exact answer shown — what a merchant needs to fix a wrong password or port.
 */
@PageController
class SenderTestPages {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s.]{2,}");

    record Shown(UUID id, String name, String fromAddress, String host, Integer port) {}

    private final Senders senders;
    private final SenderTest test;

    SenderTestPages(Senders senders, SenderTest test) {
        this.senders = senders;
        this.test = test;
    }

    @GetMapping("/configuracoes/remetentes/{id}/testar")
    String form(@PathVariable String id, Model model) {
        model.addAttribute("sender", shown(id));
        model.addAttribute("to", "");
        return "delivery/sender-test";
    }

    @PostMapping("/configuracoes/remetentes/{id}/testar")
    String send(@PathVariable String id, @RequestParam(defaultValue = "") String to, Model model) {
        model.addAttribute("sender", shown(id));
        String address = to.strip();
        model.addAttribute("to", address);
        if (!ADDRESS.matcher(address).matches() || address.length() > 254) {
            model.addAttribute("error", "Informe um e-mail válido, por exemplo voce@empresa.com.br.");
            return "delivery/sender-test";
        }
        try {
            model.addAttribute("result", test.send(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"), address));
        } catch (InvalidFieldException e) {
            model.addAttribute("error", e.getMessage());
        }
        return "delivery/sender-test";
    }

    private Shown shown(String id) {
        Sender sender = senders.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"));
        return new Shown(sender.id(), sender.name(), sender.fromAddress(), sender.host(), sender.port());
    }
}
