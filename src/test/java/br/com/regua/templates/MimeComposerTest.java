package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeComposerTest {

    private final Session session = Session.getInstance(new Properties());
    private final RenderedMessage message =
            new RenderedMessage("Sua fatura vence em 20/02/2021", "<p>Olá</p>", "Olá", null);

    private MimeComposer.Envelope envelope(String unsubscribeUrl, String messageId) {
        return new MimeComposer.Envelope(
                "cobranca@provedor.com.br",
                "Provedor Exemplo",
                "maria@example.com",
                "Maria Silva",
                unsubscribeUrl,
                "mailto:descadastro@provedor.com.br",
                Instant.parse("2021-02-18T11:10:00Z"),
                messageId);
    }

    @Test
    void a_message_is_text_and_html_alternatives_with_one_click_unsubscribe() throws Exception {
        MimeMessage mime = MimeComposer.compose(
                session, envelope("https://pagamento.provedor.com.br/descadastro/1", "n1@provedor.com.br"), message);
        String raw = raw(mime);

        assertThat(mime.getHeader("From", null)).isEqualTo("Provedor Exemplo <cobranca@provedor.com.br>");
        assertThat(mime.getHeader("To", null)).isEqualTo("Maria Silva <maria@example.com>");
        assertThat(mime.getHeader("Message-ID", null)).isEqualTo("<n1@provedor.com.br>");
        assertThat(mime.getHeader("MIME-Version", null)).isEqualTo("1.0");
        assertThat(mime.getSentDate().toInstant()).isEqualTo(Instant.parse("2021-02-18T11:10:00Z"));
        assertThat(mime.getSubject()).isEqualTo("Sua fatura vence em 20/02/2021");
        assertThat(raw)
                .contains("List-Unsubscribe: <https://pagamento.provedor.com.br/descadastro/1>,\r\n"
                        + " <mailto:descadastro@provedor.com.br>\r\n")
                .contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n");
        MimeMultipart alternative = (MimeMultipart) mime.getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType()).isEqualTo("text/html; charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContent()).isEqualTo("<p>Olá</p>");
        assertThat(raw.lines()).allMatch(line -> line.length() <= 998);
    }

    @Test
    void without_an_https_link_there_is_no_one_click_post_header() throws Exception {
        MimeMessage mime = MimeComposer.compose(session, envelope(null, null), message);

        assertThat(mime.getHeader("List-Unsubscribe", null)).isEqualTo("<mailto:descadastro@provedor.com.br>");
        assertThat(mime.getHeader("List-Unsubscribe-Post")).isNull();
        assertThat(mime.getHeader("Message-ID", null)).endsWith("@provedor.com.br>");
    }

    @Test
    void an_attachment_puts_the_alternatives_inside_multipart_mixed() throws Exception {
        MimeMessage mime = MimeComposer.compose(
                session,
                envelope(null, null),
                message,
                List.of(new MimeComposer.Attachment(
                        "boleto.pdf", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))));

        MimeMultipart mixed = (MimeMultipart) mime.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        assertThat(((MimeMultipart) mixed.getBodyPart(0).getContent()).getContentType())
                .startsWith("multipart/alternative");
        assertThat(mixed.getBodyPart(1).getFileName()).isEqualTo("boleto.pdf");
    }

    @Test
    void line_breaks_never_become_headers() throws Exception {
        RenderedMessage injected = new RenderedMessage("Fatura\r\nBcc: victim@example.com", "<p>x</p>", "x", null);
        MimeMessage mime = MimeComposer.compose(session, envelope(null, null), injected);

        assertThat(mime.getHeader("Bcc")).isNull();
        assertThat(raw(mime)).doesNotContain("\r\nBcc:");
        assertThatThrownBy(() -> MimeComposer.compose(
                        session, envelope("https://x.example/u\r\nBcc: victim@example.com", null), message))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MimeComposer.compose(
                        session,
                        new MimeComposer.Envelope(
                                "cobranca@provedor.com.br",
                                "Provedor\r\nBcc: victim@example.com",
                                "maria@example.com\r\nBcc: victim@example.com",
                                null,
                                null,
                                null,
                                null,
                                null),
                        message))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MimeComposer.compose(session, envelope("javascript:alert(1)", null), message))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_plain_http_unsubscribe_link_is_listed_but_not_offered_as_one_click() throws Exception {
        MimeMessage mime = MimeComposer.compose(
                Session.getInstance(new java.util.Properties()),
                envelope("http://localhost:8080/descadastro/x", null),
                message);

        assertThat(mime.getHeader("List-Unsubscribe")[0]).contains("<http://localhost:8080/descadastro/x>");
        assertThat(mime.getHeader("List-Unsubscribe-Post")).isNull();
    }

    private static String raw(MimeMessage mime) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mime.writeTo(out);
        return out.toString(StandardCharsets.US_ASCII);
    }
}
