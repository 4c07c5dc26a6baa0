package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links (RFC 8058): the link carries the account, channel and address,
 * signed with HMAC-SHA256, so it needs no table and cannot be forged for another address.
 */
@Component
public class UnsubscribeLinks {

    public record Target(UUID accountId, Channel channel, String address) {}

    private final SecretKeySpec key;
    private final String publicUrl;

    UnsubscribeLinks(
            br.com.regua.shared.SecretBox secrets,
            @Value("${regua.public-url:http://localhost:8080}") String publicUrl) {
        this.key = new SecretKeySpec(secrets.derive("unsubscribe"), "HmacSHA256");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String url(UUID accountId, Channel channel, String address) {
        return publicUrl + "/descadastro/" + token(accountId, channel, address);
    }

    String token(UUID accountId, Channel channel, String address) {
        byte[] payload = payload(accountId, channel, Suppressions.normalise(address));
        byte[] mac = Arrays.copyOf(mac(payload), 16);
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(payload.length + mac.length)
                        .put(payload)
                        .put(mac)
                        .array());
    }

    /** The target of a token, if it is one of ours and untouched. */
    public Optional<Target> read(String token) {
        try {
            byte[] all = Base64.getUrlDecoder().decode(token);
            if (all.length < 16 + 17) return Optional.empty();
            byte[] payload = Arrays.copyOf(all, all.length - 16);
            byte[] mac = Arrays.copyOfRange(all, all.length - 16, all.length);
            if (!MessageDigest.isEqual(mac, Arrays.copyOf(mac(payload), 16))) return Optional.empty();
            ByteBuffer buffer = ByteBuffer.wrap(payload);
            UUID account = new UUID(buffer.getLong(), buffer.getLong());
            Channel channel = Channel.values()[buffer.get()];
            String address = StandardCharsets.UTF_8.decode(buffer.slice()).toString();
            return Optional.of(new Target(account, channel, address));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static byte[] payload(UUID accountId, Channel channel, String address) {
        byte[] text = address.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(17 + text.length)
                .putLong(accountId.getMostSignificantBits())
                .putLong(accountId.getLeastSignificantBits())
                .put((byte) channel.ordinal())
                .put(text)
                .array();
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
