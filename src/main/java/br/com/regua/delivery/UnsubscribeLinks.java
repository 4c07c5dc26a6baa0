package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import br.com.regua.shared.SignedTokens;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links (RFC 8058): the link carries the account, channel and address,
 * signed, so it needs no table and cannot be forged for another address.
 */
@Component
public class UnsubscribeLinks {

    public record Target(UUID accountId, Channel channel, String address) {}

    private static final String PURPOSE = "unsubscribe";

    private final SignedTokens tokens;
    private final String publicUrl;

    UnsubscribeLinks(SignedTokens tokens, @Value("${regua.public-url:http://localhost:8080}") String publicUrl) {
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String url(UUID accountId, Channel channel, String address) {
        byte[] text = Suppressions.normalise(address).getBytes(StandardCharsets.UTF_8);
        byte[] payload = ByteBuffer.allocate(17 + text.length)
                .putLong(accountId.getMostSignificantBits())
                .putLong(accountId.getLeastSignificantBits())
                .put((byte) channel.ordinal())
                .put(text)
                .array();
        return publicUrl + "/descadastro/" + tokens.sign(PURPOSE, payload);
    }

    /** The target of a token, if it is one of ours and untouched. */
    public Optional<Target> read(String token) {
        return tokens.verify(PURPOSE, token).flatMap(payload -> {
            try {
                ByteBuffer buffer = ByteBuffer.wrap(payload);
                UUID account = new UUID(buffer.getLong(), buffer.getLong());
                Channel channel = Channel.values()[buffer.get()];
                String address = StandardCharsets.UTF_8.decode(buffer.slice()).toString();
                return Optional.of(new Target(account, channel, address));
            } catch (BufferUnderflowException | ArrayIndexOutOfBoundsException e) {
                return Optional.empty();
            }
        });
    }
}
