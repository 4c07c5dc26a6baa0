package br.com.regua.senders;

import br.com.regua.shared.Channel;
import java.util.Map;
import java.util.UUID;

/**
 * What a channel sender needs to speak to its provider: the non-secret settings and the token,
 * decrypted. For delivery only; never serialised, and {@link #toString()} hides the token.
 */
public record ProviderSettings(
        UUID senderId, Channel channel, Provider provider, boolean active, Map<String, String> settings, String token) {

    public ProviderSettings {
        settings = Map.copyOf(settings);
    }

    public String setting(String name) {
        return settings.get(name);
    }

    @Override
    public String toString() {
        return "ProviderSettings[senderId=" + senderId + ", channel=" + channel + ", provider=" + provider + ", active="
                + active + ", settings=" + settings + ", token=" + (token == null ? "none" : "***") + "]";
    }
}
