package br.com.regua.templates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A message template approved by Meta for the WhatsApp Cloud API: its name, its language and
 * the values of its body placeholders {@code {{1}}, {{2}}, …} in order. In a layout each
 * parameter is itself a small layout ({@code {{ customerName }}}); once rendered it is the text.
 */
public record WhatsAppTemplate(
        @NotBlank @Size(max = 512) @Pattern(regexp = "[a-z0-9_]+", message = "só letras minúsculas, números e _")
        String name,

        @NotBlank @Pattern(regexp = "[a-z]{2,3}(_[A-Z]{2})?", message = "código de idioma, como pt_BR")
        String language,

        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 1000) String> parameters) {}
