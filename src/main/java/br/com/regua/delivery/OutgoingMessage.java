package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One message ready to leave, whatever the channel: e-mail uses subject/html/text/attachments and
 * headers; SMS uses text; WhatsApp uses an approved template's name and ordered parameters (and
 * text as the fallback body where a provider allows free text).
 */
public record OutgoingMessage(
        UUID accountId,
        UUID notificationId,
        Channel channel,
        UUID senderId,
        String address,
        String subject,
        String html,
        String text,
        List<Attachment> attachments,
        Map<String, String> headers,
        String templateName,
        List<String> templateParameters) {

    public record Attachment(String filename, String contentType, byte[] content) {}
}
