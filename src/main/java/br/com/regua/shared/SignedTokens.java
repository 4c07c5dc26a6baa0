package br.com.regua.shared;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tokens for links that work without login (unsubscribe, the invoice PDF): the payload itself,
 * followed by a truncated HMAC-SHA256 under a key derived per purpose. No table, and a token made
 * for one purpose or one payload is worthless for any other.
 */
@Component
public class SignedTokens {

    private static final int MAC_BYTES = 16;

    private final SecretBox secrets;

    SignedTokens(SecretBox secrets) {
        this.secrets = secrets;
    }

    public String sign(String purpose, byte[] payload) {
        byte[] mac = mac(purpose, payload);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(payload.length + MAC_BYTES)
                        .put(payload)
                        .put(mac)
                        .array());
    }

    /** The payload of a token signed for this purpose, if it is untouched. */
    public Optional<byte[]> verify(String purpose, String token) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(token);
            if (all.length <= MAC_BYTES) return Optional.empty();
            byte[] payload = Arrays.copyOf(all, all.length - MAC_BYTES);
            byte[] mac = Arrays.copyOfRange(all, all.length - MAC_BYTES, all.length);
            return MessageDigest.isEqual(mac, mac(purpose, payload)) ? Optional.of(payload) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String purpose, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.derive(purpose), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
