package br.com.regua.rules;

import br.com.regua.shared.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new sending rule as a client sends it. {@code days} may be left out only for ON_DUE;
 * {@code templateId} defaults to the built-in layout of the trigger and channel.
 */
public record SendingRuleData(
        @NotNull Trigger trigger,
        @Min(0) @Max(365) Integer days,
        @NotNull Channel channel,
        @Size(max = 100) String templateId,
        Boolean attachInvoice,
        Boolean active) {}
