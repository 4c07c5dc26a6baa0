package br.com.regua.pix;

import java.time.Instant;
import java.util.Map;

/**
 * The account's Pix webhook as it stands; the secret itself is never kept, so {@code url} shows only
 * its first characters.
 *
 * @param deliveries calls the PSP made with the right secret
 * @param replays Pix received again (same endToEndId) and ignored
 * @param payments the Pix received, by outcome
 */
public record PixWebhook(
        String url,
        String secretPrefix,
        Instant createdAt,
        Instant lastReceivedAt,
        long deliveries,
        long replays,
        Map<PixOutcome, Long> payments) {}
