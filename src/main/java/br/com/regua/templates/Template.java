package br.com.regua.templates;

import br.com.regua.shared.Channel;
import java.time.Instant;

/**
 * A layout ("Layout de e-mail / modelo"): a built-in one (read-only, id {@code builtin-…}) or one
 * of the account's own. E-mail layouts have a subject, an HTML and a plain-text body; SMS ones a
 * text; WhatsApp ones an approved template with its parameters (and a text showing the message).
 */
public record Template(
        String id,
        String name,
        Channel channel,
        boolean builtin,
        String subject,
        String html,
        String text,
        WhatsAppTemplate whatsapp,
        Instant createdAt,
        Instant updatedAt) {}
