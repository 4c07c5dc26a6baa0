package br.com.regua.rules;

import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.Channel;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidReferenceException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.templates.Templates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sending rules of each payment method ("Regras de Envio"). A payment method may have the
 * same trigger several times with different days, but never the same trigger, days and channel
 * twice.
 */
@Component
public class SendingRules {

    private static final String SELECT = """
            SELECT id, payment_method_id, trigger, days, channel, template_id, attach_invoice, active, created_at
            FROM sending_rules""";

    private final JdbcClient jdbc;
    private final PaymentMethods paymentMethods;
    private final Templates templates;

    SendingRules(JdbcClient jdbc, PaymentMethods paymentMethods, Templates templates) {
        this.jdbc = jdbc;
        this.paymentMethods = paymentMethods;
        this.templates = templates;
    }

    /** The rules of a payment method in creation order (a handful: not paginated). */
    public List<SendingRule> list(UUID accountId, UUID paymentMethodId) {
        requirePaymentMethod(accountId, paymentMethodId);
        return jdbc.sql(SELECT + " WHERE account_id = ? AND payment_method_id = ? ORDER BY id")
                .params(accountId, paymentMethodId)
                .query(SendingRules::map)
                .list();
    }

    /** A rule of the account, whatever its payment method. */
    public Optional<SendingRule> find(UUID accountId, UUID ruleId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, ruleId)
                .query(SendingRules::map)
                .optional();
    }

    public SendingRule get(UUID accountId, UUID paymentMethodId, UUID ruleId) {
        requirePaymentMethod(accountId, paymentMethodId);
        return find(accountId, ruleId)
                .filter(rule -> rule.paymentMethodId().equals(paymentMethodId))
                .orElseThrow(() -> new NotFoundException("Regra de envio"));
    }

    public SendingRule create(UUID accountId, UUID paymentMethodId, SendingRuleData data) {
        requirePaymentMethod(accountId, paymentMethodId);
        RuleDraft rule = RuleDraft.of(data);
        requireLayout(accountId, rule);
        refuseDuplicate(accountId, paymentMethodId, null, rule);
        UUID id = Ids.next();
        try {
            jdbc.sql("""
                    INSERT INTO sending_rules (account_id, id, payment_method_id, trigger, days, channel, template_id,
                                               attach_invoice, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            accountId,
                            id,
                            paymentMethodId,
                            rule.trigger().name(),
                            rule.days(),
                            rule.channel().name(),
                            rule.templateId(),
                            rule.attachInvoice(),
                            rule.active())
                    .update();
        } catch (DuplicateKeyException raced) {
            refuseDuplicate(accountId, paymentMethodId, null, rule);
            throw raced;
        }
        return get(accountId, paymentMethodId, id);
    }

    public SendingRule update(UUID accountId, UUID paymentMethodId, UUID ruleId, SendingRuleChanges changes) {
        RuleDraft rule = RuleDraft.of(get(accountId, paymentMethodId, ruleId), changes);
        requireLayout(accountId, rule);
        refuseDuplicate(accountId, paymentMethodId, ruleId, rule);
        try {
            jdbc.sql("""
                    UPDATE sending_rules SET days = ?, channel = ?, template_id = ?, attach_invoice = ?, active = ?
                    WHERE account_id = ? AND payment_method_id = ? AND id = ?""")
                    .params(
                            rule.days(),
                            rule.channel().name(),
                            rule.templateId(),
                            rule.attachInvoice(),
                            rule.active(),
                            accountId,
                            paymentMethodId,
                            ruleId)
                    .update();
        } catch (DuplicateKeyException raced) {
            refuseDuplicate(accountId, paymentMethodId, ruleId, rule);
            throw raced;
        }
        return get(accountId, paymentMethodId, ruleId);
    }

    public void delete(UUID accountId, UUID paymentMethodId, UUID ruleId) {
        requirePaymentMethod(accountId, paymentMethodId);
        int deleted = jdbc.sql("DELETE FROM sending_rules WHERE account_id = ? AND payment_method_id = ? AND id = ?")
                .params(accountId, paymentMethodId, ruleId)
                .update();
        if (deleted == 0) throw new NotFoundException("Regra de envio");
    }

    /**
     * The table's unique key is the real guard (two racing requests both pass this check); the
     * check is here to name the rule that is already there.
     */
    private void refuseDuplicate(UUID accountId, UUID paymentMethodId, UUID self, RuleDraft rule) {
        Optional<SendingRule> existing = jdbc.sql(
                        SELECT
                                + " WHERE account_id = ? AND payment_method_id = ? AND trigger = ? AND days = ? AND channel = ?")
                .params(
                        accountId,
                        paymentMethodId,
                        rule.trigger().name(),
                        rule.days(),
                        rule.channel().name())
                .query(SendingRules::map)
                .optional()
                .filter(other -> !other.id().equals(self));
        if (existing.isPresent()) {
            SendingRule other = existing.get();
            throw new ConflictException("Já existe a regra " + other.id() + " (" + other.describe()
                    + ") nesta forma de cobrança; mude os dias para que as duas convivam");
        }
    }

    private void requirePaymentMethod(UUID accountId, UUID paymentMethodId) {
        if (paymentMethods.find(accountId, paymentMethodId).isEmpty()) {
            throw new NotFoundException("Forma de cobrança");
        }
    }

    private static SendingRule map(ResultSet rs, int n) throws SQLException {
        return new SendingRule(
                rs.getObject("id", UUID.class),
                rs.getObject("payment_method_id", UUID.class),
                Trigger.valueOf(rs.getString("trigger")),
                rs.getInt("days"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("template_id"),
                rs.getBoolean("attach_invoice"),
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** An account's own layout must exist in the account and be made for the rule's channel. */
    private void requireLayout(UUID accountId, RuleDraft rule) {
        if (BuiltInTemplates.isBuiltIn(rule.templateId())) return;
        var layout = templates
                .find(accountId, rule.templateId())
                .orElseThrow(() -> new InvalidReferenceException(
                        "templateId", "layout inexistente nesta conta: " + rule.templateId()));
        if (layout.channel() != rule.channel()) {
            throw new InvalidReferenceException(
                    "templateId",
                    "o layout " + rule.templateId() + " é para " + layout.channel() + ", não para " + rule.channel());
        }
    }
}
