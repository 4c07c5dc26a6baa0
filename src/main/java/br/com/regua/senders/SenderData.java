package br.com.regua.senders;

import br.com.regua.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An e-mail sender (SMTP) as a client sends it; the password is write-only. */
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
        Boolean active) {}
