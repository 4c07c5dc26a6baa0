package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.senders.SenderConfigs;
import br.com.regua.senders.SenderHosts;
import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;
import br.com.regua.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * "Remetente > Ações > Testar" (seed 004): sends a short message through the sender to an
 * address typed in, now, and answers with success or the server's exact reply.
 */
@Service
public class SenderTest {

    public record Result(boolean success, String response) {}

    private final SenderConfigs senders;
    private final EmailSender email;
    private final SenderHosts hosts;

    SenderTest(SenderConfigs senders, EmailSender email, SenderHosts hosts) {
        this.senders = senders;
        this.email = email;
        this.hosts = hosts;
    }

    public Result send(UUID accountId, UUID senderId, String to) {
        SenderConfig sender = senders.find(accountId, senderId).orElseThrow(() -> new NotFoundException("Remetente"));
        if (sender.channel() != Channel.EMAIL || !"SMTP".equals(sender.provider())) {
            throw new InvalidFieldException("to", "o teste por e-mail é para remetentes SMTP");
        }
        // "Testar" must not become a probe of the operator's network: the host is resolved and checked now.
        hosts.check(sender).ifPresent(reason -> {
            throw new InvalidReferenceException("host", "Servidor SMTP: " + reason);
        });
        var message = new OutgoingMessage(
                accountId,
                null,
                Channel.EMAIL,
                senderId,
                to,
                "Teste de remetente da Régua",
                "<p>Este é um teste do remetente <strong>" + escape(sender.fromAddress())
                        + "</strong>. Se você recebeu, ele está funcionando.</p>",
                "Este é um teste do remetente " + sender.fromAddress() + ". Se você recebeu, ele está funcionando.",
                List.of(),
                Map.of(),
                null,
                List.of());
        SendOutcome outcome = email.send(sender, message);
        return new Result(outcome instanceof SendOutcome.Accepted, outcome.response());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
