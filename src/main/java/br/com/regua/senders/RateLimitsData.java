package br.com.regua.senders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A sender's limits as a client sends them: {@code null} removes a limit; {@code perDomain} maps
 * a recipient domain (or {@code "*"}, any other) to messages per minute.
 */
public record RateLimitsData(
        @Min(1) @Max(1_000_000) Integer perSecond,
        @Min(1) @Max(1_000_000) Integer perMinute,
        @Min(1) @Max(10_000_000) Integer perHour,
        @Min(1) @Max(100_000_000) Integer perDay,
        @Size(max = 100) Map<@Size(max = 253) String, @Min(1) @Max(1_000_000) Integer> perDomain) {}
