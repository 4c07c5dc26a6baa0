package br.com.regua.templates;

import br.com.regua.shared.Ids;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Builds the MIME message of a rendered e-mail layout: multipart/alternative with the text and
 * the HTML (inside multipart/mixed when there are attachments), the one-click unsubscribe headers
 * of RFC 8058, a Message-ID of the sender's domain and UTF-8 everywhere. Nothing that reaches a
 * header may carry a line break: addresses and links with one are refused, the subject is one
 * line by construction.
 */
public final class MimeComposer {

    /** Who sends to whom, and how to unsubscribe; {@code messageId} without angle brackets, or null. */
    public record Envelope(
            String fromAddress,
            String fromName,
            String toAddress,
            String toName,
            String unsubscribeUrl,
            String unsubscribeMailto,
            Instant date,
            String messageId) {}

    /** A file sent along, such as the invoice PDF. */
    public record Attachment(String filename, String contentType, byte[] content) {}

    /**
     * Jakarta Mail 2.1 finds its {@code StreamProvider} with a ServiceLoader scan of the whole class
     * path on every {@code MimeMultipart} it creates and every part it encodes (jakartaee/mail-api
     * #699, #861): over a third of the CPU of sending a message with an attachment. Its finder reads
     * this system property first; naming Angus Mail's provider there turns each scan into a
     * {@code Class.forName}. One provider exists on the class path, so nothing else changes.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, org.eclipse.angus.mail.util.MailStreamProvider.class.getName());
        }
    }

    private MimeComposer() {}

    public static MimeMessage compose(Session session, Envelope envelope, RenderedMessage message) {
        return compose(session, envelope, message, List.of());
    }

    public static MimeMessage compose(
            Session session, Envelope envelope, RenderedMessage message, List<Attachment> attachments) {
        Objects.requireNonNull(message.subject(), "subject");
        Objects.requireNonNull(message.text(), "text");
        try {
            InternetAddress from = address(envelope.fromAddress(), envelope.fromName());
            String messageId = envelope.messageId() != null
                    ? headerSafe(envelope.messageId())
                    : Ids.next() + "@"
                            + from.getAddress().substring(from.getAddress().indexOf('@') + 1);
            MimeMessage mime = new FixedIdMessage(session, "<" + messageId + ">");
            mime.setFrom(from);
            mime.setRecipient(MimeMessage.RecipientType.TO, address(envelope.toAddress(), envelope.toName()));
            mime.setSubject(Sandbox.oneLine(message.subject()), "UTF-8");
            mime.setSentDate(Date.from(envelope.date() != null ? envelope.date() : Instant.now()));
            String unsubscribe = unsubscribeHeader(envelope);
            if (unsubscribe != null) {
                mime.setHeader("List-Unsubscribe", MimeUtility.fold("List-Unsubscribe: ".length(), unsubscribe));
                // RFC 8058 one-click is for https links only; a plain http link (a local install)
                // stays an ordinary RFC 2369 unsubscribe link.
                if (envelope.unsubscribeUrl() != null
                        && envelope.unsubscribeUrl().regionMatches(true, 0, "https:", 0, 6)) {
                    mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                }
            }

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart(message.text(), "plain"));
            if (message.html() != null) alternative.addBodyPart(textPart(message.html(), "html"));
            if (attachments.isEmpty()) {
                mime.setContent(alternative);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternative);
                mixed.addBodyPart(body);
                for (Attachment attachment : attachments) mixed.addBodyPart(attachmentPart(attachment));
                mime.setContent(mixed);
            }
            mime.saveChanges();
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("cannot compose the message: " + e.getMessage(), e);
        }
    }

    private static MimeBodyPart textPart(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        // Quoted-printable keeps every line short (RFC 5322: 998 octets) whatever the layout does.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static MimeBodyPart attachmentPart(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setFileName(headerSafe(attachment.filename()));
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static InternetAddress address(String address, String name)
            throws AddressException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(headerSafe(address), true);
        if (name != null && !name.isBlank()) parsed.setPersonal(Sandbox.oneLine(name), "UTF-8");
        return parsed;
    }

    /** {@code <https://…>, <mailto:…>}; https first, as RFC 8058 one-click needs it. */
    private static String unsubscribeHeader(Envelope envelope) {
        StringBuilder header = new StringBuilder();
        if (envelope.unsubscribeUrl() != null) {
            URI url = URI.create(headerSafe(envelope.unsubscribeUrl()));
            if (!"https".equalsIgnoreCase(url.getScheme()) && !"http".equalsIgnoreCase(url.getScheme())) {
                throw new IllegalArgumentException("the unsubscribe link must be http(s): " + url);
            }
            header.append('<').append(url.toASCIIString()).append('>');
        }
        if (envelope.unsubscribeMailto() != null) {
            URI mailto = URI.create(headerSafe(envelope.unsubscribeMailto()));
            if (!"mailto".equalsIgnoreCase(mailto.getScheme())) {
                throw new IllegalArgumentException("not a mailto: link: " + mailto);
            }
            if (!header.isEmpty()) header.append(", ");
            header.append('<').append(mailto.toASCIIString()).append('>');
        }
        return header.isEmpty() ? null : header.toString();
    }

    private static String headerSafe(String value) {
        Objects.requireNonNull(value);
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == '<' || c == '>')) {
            throw new IllegalArgumentException("line break or angle bracket in a header value: " + value.strip());
        }
        return value;
    }

    /** Keeps our Message-ID: Jakarta Mail would otherwise make one up on every saveChanges(). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
