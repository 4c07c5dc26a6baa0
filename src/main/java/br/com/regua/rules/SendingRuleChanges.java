package br.com.regua.rules;

import br.com.regua.shared.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Changes to a sending rule: every field is optional and a missing one keeps its value. The
 * trigger cannot change (a rule that fires at another moment is another rule); sending it with the
 * rule's own value is accepted, so a client may send back the whole rule.
 */
public record SendingRuleChanges(
        Trigger trigger,
        @Min(0) @Max(365) Integer days,
        Channel channel,
        @Size(max = 100) String templateId,
        Boolean attachInvoice,
        Boolean active) {}
