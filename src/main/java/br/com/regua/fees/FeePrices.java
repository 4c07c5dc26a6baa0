package br.com.regua.fees;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Prices in centavos: WhatsApp per message, SMS per segment, e-mail per message, a letter per page.
 * Until an account sets its own, {@link #DEFAULT} (SMS and e-mail included in the fee per paid
 * charge, so free here) — the same defaults delivery.Outbound bills with.
 */
public record FeePrices(
        @JsonProperty("WHATSAPP") @NotNull @Min(0) @Max(MAX) Long whatsapp,
        @JsonProperty("SMS") @NotNull @Min(0) @Max(MAX) Long sms,
        @JsonProperty("EMAIL") @NotNull @Min(0) @Max(MAX) Long email,

        @JsonProperty("LETTER_PAGE") @NotNull @Min(0) @Max(MAX)
        Long letterPage) {

    /** R$ 1.000,00 a unit: a price above it is a typo. */
    public static final long MAX = 100_000L;

    public static final FeePrices DEFAULT = new FeePrices(35L, 0L, 0L, 190L);
}
