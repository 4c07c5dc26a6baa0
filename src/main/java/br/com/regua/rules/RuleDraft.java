package br.com.regua.rules;

import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;

/**
 * A rule's settings before they are stored, checked beyond what bean validation can say: ON_DUE
 * fires on the due date itself, so its days are 0; the layout must exist and suit the channel.
 */
record RuleDraft(Trigger trigger, int days, Channel channel, String templateId, boolean attachInvoice, boolean active) {

    static RuleDraft of(SendingRuleData data) {
        Integer days = data.days();
        if (days == null && data.trigger() != Trigger.ON_DUE) {
            throw new InvalidFieldException("days", "obrigatório para " + data.trigger());
        }
        return checked(
                data.trigger(),
                days == null ? 0 : days,
                data.channel(),
                data.templateId(),
                Boolean.TRUE.equals(data.attachInvoice()),
                !Boolean.FALSE.equals(data.active()));
    }

    /** The rule with the given changes; what is left out stays as it was. */
    static RuleDraft of(SendingRule current, SendingRuleChanges changes) {
        if (changes.trigger() != null && changes.trigger() != current.trigger()) {
            throw new InvalidFieldException(
                    "trigger", "não pode ser alterado (" + current.trigger() + "); exclua a regra e crie outra");
        }
        Channel channel = changes.channel() != null ? changes.channel() : current.channel();
        String templateId = changes.templateId();
        if (blank(templateId)) {
            // A built-in layout of the old channel would not fit the new one: take the new default.
            boolean unfit = BuiltInTemplates.find(current.templateId())
                    .map(t -> t.channel() != channel)
                    .orElse(false);
            templateId = unfit ? null : current.templateId();
        }
        return checked(
                current.trigger(),
                changes.days() != null ? changes.days() : current.days(),
                channel,
                templateId,
                changes.attachInvoice() != null ? changes.attachInvoice() : current.attachInvoice(),
                changes.active() != null ? changes.active() : current.active());
    }

    private static RuleDraft checked(
            Trigger trigger, int days, Channel channel, String templateId, boolean attachInvoice, boolean active) {
        if (trigger == Trigger.ON_DUE && days != 0) {
            throw new InvalidFieldException("days", "deve ser 0 para ON_DUE (envio no vencimento)");
        }
        return new RuleDraft(trigger, days, channel, template(trigger, channel, templateId), attachInvoice, active);
    }

    /** A built-in layout is checked here; the account's own layouts by {@link SendingRules}. */
    private static String template(Trigger trigger, Channel channel, String requested) {
        if (blank(requested)) return BuiltInTemplates.forRule(trigger, channel);
        String id = requested.trim();
        var found = BuiltInTemplates.find(id);
        if (found.isEmpty()) return id;
        BuiltInTemplates.BuiltIn builtIn = found.get();
        if (builtIn.channel() != channel) {
            throw new InvalidReferenceException(
                    "templateId", "o layout " + id + " é para " + builtIn.channel() + ", não para " + channel);
        }
        return id;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
