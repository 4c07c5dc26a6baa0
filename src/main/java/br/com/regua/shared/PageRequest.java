package br.com.regua.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Keyset pagination: {@code after} is the last id of the previous page. Ids are time-ordered, so
 * pages follow creation order and stay stable while rows are added.
 */
public record PageRequest(int limit, UUID after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static PageRequest of(Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidFieldException("limit", "deve estar entre 1 e " + MAX_LIMIT);
        }
        return new PageRequest(size, cursor == null || cursor.isBlank() ? null : decode(cursor));
    }

    /** Fetch one more than the page so we know whether there is a next one. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(UUID id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static UUID decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Ids.parse(text).orElseThrow(IllegalArgumentException::new);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("cursor", "cursor inválido");
        }
    }
}
