package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.senders.SenderConfigs;
import br.com.regua.senders.SenderHosts;
import br.com.regua.shared.Channel;
import br.com.regua.templates.MimeComposer;
import br.com.regua.templates.RenderedMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through the sender's pooled connections. The server's own words are kept: its
 * 250 on acceptance; a refusal is the recipient's, the sender's or the message's as
 * {@link SmtpRefusals} tells; refused credentials are the sender's; a 4xx, a timeout or a refused
 * connection is transient.
 *
 * <p>A message to the built-in catcher carries its account ({@value #ACCOUNT_HEADER}), so that
 * only that account reads what was caught.
 */
@Component
class EmailSender implements ChannelSender {

    static final String ACCOUNT_HEADER = "X-Regua-Account";

    private final SenderConfigs senders;
    private final SmtpConnections connections;
    private final Clock clock;

    private final SenderHosts hosts;

    EmailSender(SenderConfigs senders, SmtpConnections connections, SenderHosts hosts, Clock clock) {
        this.senders = senders;
        this.connections = connections;
        this.hosts = hosts;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public String provider() {
        return "SMTP";
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        SenderConfig sender = senders.find(message.accountId(), message.senderId())
                .orElseThrow(() -> new IllegalStateException("sender " + message.senderId() + " is gone"));
        return send(sender, message);
    }

    @Override
    public SendOutcome send(SenderConfig sender, OutgoingMessage message) {
        // Resolved and checked now, right before connecting: a name that pointed elsewhere when
        // the sender was saved (DNS rebinding) cannot reach the operator's network.
        var refused = hosts.check(sender);
        if (refused.isPresent()) return new SendOutcome.Rejected("Servidor SMTP recusado: " + refused.get(), true);
        SmtpConnections.Connection connection;
        try {
            connection = connections.acquire(sender);
        } catch (AuthenticationFailedException e) {
            return new SendOutcome.Rejected("autenticação recusada pelo servidor: " + describe(e), true);
        } catch (MessagingException e) {
            return new SendOutcome.TransientFailure(describe(e));
        }
        try {
            MimeMessage composed = compose(connection, sender, message);
            if ("CATCHER".equals(sender.provider())) {
                composed.setHeader(ACCOUNT_HEADER, sender.accountId().toString());
            }
            MimeMessage mime = DkimSigning.sign(sender, composed);
            connection.transport().sendMessage(mime, mime.getAllRecipients());
            String answer = connection.transport() instanceof SMTPTransport smtp
                    ? smtp.getLastServerResponse().trim()
                    : "aceito";
            connections.release(connection);
            return new SendOutcome.Accepted(answer, mime.getMessageID());
        } catch (SendFailedException e) {
            // The connection is usually still usable after a refused recipient or message; but a
            // server that answered 421 has closed it, and the pool trusts a connection it just had.
            if (connection.transport().isConnected()) connections.release(connection);
            else connections.discard(connection);
            return SmtpRefusals.classify(e);
        } catch (MessagingException | RuntimeException e) {
            connections.discard(connection);
            return new SendOutcome.TransientFailure(describe(e));
        }
    }

    private MimeMessage compose(SmtpConnections.Connection connection, SenderConfig sender, OutgoingMessage message)
            throws MessagingException {
        String domain = sender.fromAddress().substring(sender.fromAddress().indexOf('@') + 1);
        // A display name is data, not a header: line breaks in it become spaces (the composer
        // refuses them outright, which would keep the notice from ever going out).
        String customerName = oneLine(message.headers().get("X-Customer-Name"));
        var envelope = new MimeComposer.Envelope(
                sender.fromAddress(),
                sender.fromName(),
                message.address(),
                customerName,
                message.headers().get("List-Unsubscribe"),
                null,
                clock.instant(),
                // Stable per notification: a retry after a crash carries the same Message-ID.
                message.notificationId() == null ? null : message.notificationId() + "@" + domain);
        List<MimeComposer.Attachment> attachments = message.attachments().stream()
                .map(a -> new MimeComposer.Attachment(a.filename(), a.contentType(), a.content()))
                .toList();
        return MimeComposer.compose(
                connection.session(),
                envelope,
                new RenderedMessage(message.subject(), message.html(), message.text(), null),
                attachments);
    }

    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("[\\r\\n]+", " ").strip();
    }

    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String text = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().trim();
        if (root != e && (root instanceof IOException))
            text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        return text;
    }
}
