package br.com.regua.pix;

import java.time.OffsetDateTime;

/**
 * One item of the PSP's {@code "pix"} array, validated.
 *
 * @param amount {@code valor} in centavos
 * @param refunds {@code devolucoes} as the PSP sent it (JSON), or null
 */
public record ReceivedPix(
        String endToEndId,
        String txid,
        long amount,
        OffsetDateTime paidAt,
        String pixKey,
        String payerInfo,
        String refunds) {}
