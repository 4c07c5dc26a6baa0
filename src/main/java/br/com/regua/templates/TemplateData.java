package br.com.regua.templates;

import br.com.regua.shared.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A layout as a client sends it; which fields apply depends on the channel. */
public record TemplateData(
        @NotBlank @Size(max = 200) String name,
        @NotNull Channel channel,
        @Size(max = 300) String subject,
        @Size(max = 100_000) String html,
        @Size(max = 20_000) String text,
        @Valid WhatsAppTemplate whatsapp) {}
