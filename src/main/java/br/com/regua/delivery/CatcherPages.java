package br.com.regua.delivery;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import br.com.regua.web.PageController;
import jakarta.mail.internet.MimeMessage;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "Caixa de saída local": the messages the embedded mail catcher received. */
@PageController
class CatcherPages {

    private final CaughtMessages caught;

    CatcherPages(CaughtMessages caught) {
        this.caught = caught;
    }

    @GetMapping("/caixa-de-saida")
    String list(Model model) {
        model.addAttribute("messages", caught.list(CurrentAccount.id()));
        return "delivery/caught-list";
    }

    @GetMapping("/caixa-de-saida/{id}")
    String show(@PathVariable String id, Model model) throws Exception {
        MimeMessage message = caught.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Mensagem"))
                .orElseThrow(() -> new NotFoundException("Mensagem"));
        // Templates see a plain record: Thymeleaf will not evaluate members of jakarta.* types.
        model.addAttribute(
                "message",
                new CaughtView(
                        message.getSubject(),
                        message.getHeader("From", ", "),
                        message.getHeader("To", ", "),
                        message.getHeader("List-Unsubscribe", ", ")));
        model.addAttribute("parts", MailParts.of(message));
        return "delivery/caught-message";
    }

    record CaughtView(String subject, String from, String to, String listUnsubscribe) {}
}
