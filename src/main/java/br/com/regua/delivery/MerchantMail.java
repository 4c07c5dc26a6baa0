package br.com.regua.delivery;

import br.com.regua.senders.SenderConfigs;
import br.com.regua.shared.Channel;
import br.com.regua.templates.Templates;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * An e-mail from Régua to the merchant itself (not to a customer), sent now through the account's
 * active e-mail sender with one of the layouts: e.g. "agendamento desativado" (seed 001). Not part
 * of the outbox: nothing is retried, the answer is returned to the caller to log.
 */
@Service
public class MerchantMail {

    /** Whether the server accepted it, and its answer (or why it was not sent). */
    public record Result(boolean sent, String response) {}

    private final SenderConfigs senders;
    private final Templates templates;
    private final EmailSender email;

    MerchantMail(SenderConfigs senders, Templates templates, EmailSender email) {
        this.senders = senders;
        this.templates = templates;
        this.email = email;
    }

    public Result send(UUID accountId, String to, String templateId, Map<String, String> variables) {
        var rendered = templates.render(accountId, templateId, variables);
        return send(accountId, null, to, rendered.subject(), rendered.html(), rendered.text());
    }

    /** A message composed by the caller; {@code messageId}, when given, makes its Message-ID. */
    public Result send(UUID accountId, UUID messageId, String to, String subject, String html, String text) {
        var sender = senders.activeFor(accountId, Channel.EMAIL, null);
        if (sender.isEmpty()) return new Result(false, "nenhum remetente de e-mail ativo");
        var message = new OutgoingMessage(
                accountId,
                messageId,
                Channel.EMAIL,
                sender.get().id(),
                to,
                subject,
                html,
                text,
                List.of(),
                Map.of(),
                null,
                List.of());
        SendOutcome outcome = email.send(sender.get(), message);
        return new Result(outcome instanceof SendOutcome.Accepted, outcome.response());
    }
}
