package br.com.regua.senders;

import br.com.regua.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A sender as a client sends it: SMTP fields for e-mail; for SMS and WhatsApp a provider, its
 * non-secret {@code settings} and its {@code token}. The password and the token are write-only.
 */
public record SenderData(
        @NotBlank @Size(max = 200) String name,
        Channel channel,
        @Size(max = 255) String host,
        @Min(1) @Max(65535) Integer port,
        SmtpSecurity security,
        @Size(max = 255) String username,
        @Size(max = 1000) String password,
        @Email @Size(max = 254) String fromAddress,
        @Size(max = 200) String fromName,
        Boolean active,
        Provider provider,
        @Size(max = 10) Map<String, @Size(max = 200) String> settings,
        @Size(max = 1000) String token) {}
