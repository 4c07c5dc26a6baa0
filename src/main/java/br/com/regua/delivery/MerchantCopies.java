package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import br.com.regua.templates.RenderedMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A merchant's copy ("Para mim", seed 003) is the customer's notice as the customer gets it, marked
 * as a copy so that the merchant does not take it for a bill of its own: "[Cópia]" before the
 * subject and a line naming the customer above the text. A WhatsApp message is an approved
 * template and goes as it is.
 */
final class MerchantCopies {

    private static final Pattern BODY = Pattern.compile("<body[^>]*>", Pattern.CASE_INSENSITIVE);

    private MerchantCopies() {}

    static RenderedMessage marked(RenderedMessage message, Channel channel, String customerName) {
        return switch (channel) {
            case EMAIL -> {
                String line = "Cópia para você do aviso ao seu cliente " + customerName + ".";
                String note = "<p style=\"margin:0 0 12px;padding:8px 12px;background:#f1f3f5;color:#333;"
                        + "font:14px sans-serif\">" + HtmlUtils.htmlEscape(line) + "</p>";
                String html = message.html();
                if (html != null) {
                    Matcher body = BODY.matcher(html);
                    html = body.find()
                            ? html.substring(0, body.end()) + note + html.substring(body.end())
                            : note + html;
                }
                String text = message.text() == null ? null : line + "\n\n" + message.text();
                yield new RenderedMessage("[Cópia] " + message.subject(), html, text, message.whatsapp());
            }
            case SMS -> new RenderedMessage(message.subject(), message.html(), "[Copia] " + message.text(), null);
            case WHATSAPP -> message;
        };
    }
}
