package br.com.regua.pix;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A Pix the PSP reported, and what it did.
 *
 * @param amount {@code valor} in centavos
 * @param amountDifference what was received less the charge's amount, when it paid one
 */
public record PixPayment(
        UUID id,
        String endToEndId,
        String txid,
        long amount,
        OffsetDateTime paidAt,
        String pixKey,
        String payerInfo,
        PixOutcome outcome,
        UUID chargeId,
        Long amountDifference,
        Instant receivedAt) {}
