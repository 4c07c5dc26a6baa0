package br.com.regua.notifications;

/**
 * The eligibility chain of product.md §3.6, in order. Each check is a named policy written once as
 * a SQL predicate over a candidate (aliases: {@code k} the candidate notice, {@code cu} customer,
 * its contact's permissions {@code k.allow_*} (all true for a merchant's copy), {@code s} service, {@code pm} payment method, {@code snd} sender readiness,
 * {@code sup} suppression, {@code d} the account's preference defaults). The planner skips a
 * candidate with the first failing check's reason; the diagnosis shows every check. Both read the
 * same predicates, so they cannot disagree.
 */
public enum Check {
    CHARGE_OPEN(
            "CHARGE_NOT_OPEN",
            "k.status = ANY(k.statuses)",
            "A cobrança não está em aberto (pendente ou vencida)",
            "Nada a fazer: cobranças pagas ou canceladas não recebem avisos de cobrança"),
    SENDING_RULE_ACTIVE(
            "RULE_INACTIVE",
            "k.source_active",
            "A regra de envio (ou o aviso automático) está desativada",
            "Ative a regra em Configurações > Financeiro > Formas de cobrança > aba E-mail, ou o aviso em Configurações > E-mails"),
    CUSTOMER_NOTIFICATIONS_ENABLED(
            "CUSTOMER_NOTIFICATIONS_DISABLED",
            "NOT cu.notifications_disabled",
            "As notificações deste cliente estão desativadas",
            "Reative as notificações no cadastro do cliente"),
    PREFERENCE_ALLOWS(
            "PREFERENCE_DISABLED",
            "k.pref_bit IS NULL OR (COALESCE(cu.notification_preferences, d.preferences, :default_preferences)"
                    + " >> k.pref_bit) & 1 = 1",
            "As preferências do cliente não permitem este grupo de aviso por este canal",
            "Marque o canal na matriz de notificações, no fim da página do cliente"),
    SERVICE_STATUS_ELIGIBLE(
            "SERVICE_STATUS_NOT_ELIGIBLE",
            "k.service_id IS NULL OR s.status = ANY(pm.eligible_service_statuses)",
            "O status do serviço não está entre os \"status do serviço para envio\" da forma de cobrança",
            "Inclua o status em Formas de cobrança > Status do serviço para envio, ou reative o serviço"),
    SERVICE_ALLOWS_CHANNEL(
            "SERVICE_BLOCKS_CHANNEL",
            // "Regra que limita o envio" is about billing the customer: a merchant's copy is not stopped by it.
            "k.recipient = 'MERCHANT' OR k.service_id IS NULL OR CASE k.channel WHEN 'EMAIL' THEN s.allow_billing_email"
                    + " WHEN 'SMS' THEN s.allow_billing_sms ELSE s.allow_billing_whatsapp END",
            "O serviço do cliente não permite avisos de cobrança por este canal",
            "Libere o envio em Cliente > Serviço > Configurações"),
    CONTACT_ALLOWS_CHANNEL(
            "CONTACT_BLOCKS_CHANNEL",
            "CASE k.channel WHEN 'EMAIL' THEN k.allow_email WHEN 'SMS' THEN k.allow_sms ELSE k.allow_whatsapp END",
            "O contato não aceita receber por este canal",
            "Permita o canal em Cliente > Contatos > Ações"),
    CONTACT_HAS_ADDRESS(
            "NO_ADDRESS",
            "k.address IS NOT NULL",
            "O contato não tem endereço para este canal (e-mail ou celular); numa cópia para o lojista, a empresa",
            "Preencha o e-mail ou o celular do contato; para as cópias \"Para mim\", o e-mail ou celular de"
                    + " notificação em Configurações > Geral > Dados da empresa"),
    ADDRESS_NOT_SUPPRESSED(
            "ADDRESS_SUPPRESSED",
            "sup.address IS NULL",
            "O endereço está na lista de supressão (devolução, reclamação ou descadastro)",
            "Corrija o endereço do contato; descadastros só o próprio cliente desfaz"),
    SENDER_ACTIVE(
            "NO_ACTIVE_SENDER",
            "snd.ready",
            "Não há remetente ativo configurado para este canal",
            "Cadastre ou ative um remetente em Configurações > Geral > Remetentes e use Testar"),
    NOTICES_NOT_PAUSED(
            "NOTICES_PAUSED",
            "(k.charge_paused_until IS NULL OR k.charge_paused_until < k.send_date)"
                    + " AND (s.pause_notices_until IS NULL OR s.pause_notices_until < k.send_date)",
            "Os avisos estão pausados (\"não avisar até\") no serviço ou na cobrança",
            "Aguarde a data ou remova a pausa do serviço ou da cobrança");

    private final String skipReason;
    private final String passes;
    private final String failure;
    private final String fix;

    Check(String skipReason, String passes, String failure, String fix) {
        this.skipReason = skipReason;
        this.passes = passes;
        this.failure = failure;
        this.fix = fix;
    }

    /** The reason recorded when this is the first check a candidate fails. */
    public String skipReason() {
        return skipReason;
    }

    /** What a failure means, in the merchant's words. */
    public String failure() {
        return failure;
    }

    /** How to fix a failure, and where. */
    public String fix() {
        return fix;
    }

    String column() {
        return "ok_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The predicate as a NULL-safe boolean column (a missing row never passes by accident). */
    String asColumn() {
        return "COALESCE((" + passes + "), false) AS " + column();
    }
}
