package br.com.regua.senders;

import br.com.regua.shared.Channel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A sender as a client sends it: SMTP fields for e-mail, with optional DKIM signing (all three
 * {@code dkim*} fields together); for SMS and WhatsApp a provider, its non-secret {@code settings}
 * and its {@code token}. The password, the token and the DKIM private key are write-only.
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
        @Size(max = 1000) String token,
        @Size(max = 253) String dkimDomain,
        @Size(max = 253) String dkimSelector,
        @Size(max = DkimData.MAX_KEY_LENGTH) String dkimPrivateKey) {

    DkimData dkim() {
        return new DkimData(dkimDomain, dkimSelector, dkimPrivateKey);
    }
}
