package br.com.regua.rules;

import br.com.regua.shared.Channel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The layouts Régua ships with: one per sending-rule trigger and channel, and one per event notice.
 * A rule without a chosen layout gets the one of its trigger and channel. Ids are stable text:
 * they are stored in rules and notifications.
 */
public final class BuiltInTemplates {

    public static final String BEFORE_DUE_EMAIL = "builtin-before-due-email";
    public static final String BEFORE_DUE_SMS = "builtin-before-due-sms";
    public static final String BEFORE_DUE_WHATSAPP = "builtin-before-due-whatsapp";
    public static final String ON_DUE_EMAIL = "builtin-on-due-email";
    public static final String ON_DUE_SMS = "builtin-on-due-sms";
    public static final String ON_DUE_WHATSAPP = "builtin-on-due-whatsapp";
    public static final String AFTER_DUE_EMAIL = "builtin-after-due-email";
    public static final String AFTER_DUE_SMS = "builtin-after-due-sms";
    public static final String AFTER_DUE_WHATSAPP = "builtin-after-due-whatsapp";

    public static final String CHARGE_CREATED_EMAIL = "builtin-charge-created-email";
    public static final String CARNE_CREATED_EMAIL = "builtin-carne-created-email";
    public static final String OVERDUE_NOTICE_EMAIL = "builtin-overdue-notice-email";
    public static final String PAYMENT_CONFIRMED_EMAIL = "builtin-payment-confirmed-email";
    public static final String CHARGE_CANCELLED_EMAIL = "builtin-charge-cancelled-email";
    public static final String SUBSCRIPTION_CANCELLED_EMAIL = "builtin-subscription-cancelled-email";
    public static final String CARNE_CANCELLED_EMAIL = "builtin-carne-cancelled-email";

    /** A built-in layout: its id, the channel it is written for, and its name in the back-office. */
    public record BuiltIn(String id, Channel channel, String name) {}

    private static final Map<String, BuiltIn> ALL = catalogue();

    private BuiltInTemplates() {}

    /** The default layout of a sending rule. */
    public static String forRule(Trigger trigger, Channel channel) {
        return "builtin-" + slug(trigger.name()) + "-" + slug(channel.name());
    }

    public static Optional<BuiltIn> find(String id) {
        return Optional.ofNullable(id == null ? null : ALL.get(id));
    }

    public static boolean isBuiltIn(String id) {
        return find(id).isPresent();
    }

    public static List<BuiltIn> all() {
        return List.copyOf(ALL.values());
    }

    private static Map<String, BuiltIn> catalogue() {
        Map<String, BuiltIn> all = new LinkedHashMap<>();
        Map<Trigger, String> triggers = Map.of(
                Trigger.BEFORE_DUE, "Antes do vencimento",
                Trigger.ON_DUE, "No vencimento",
                Trigger.AFTER_DUE, "Após vencimento");
        Map<Channel, String> channels =
                Map.of(Channel.EMAIL, "e-mail", Channel.SMS, "SMS", Channel.WHATSAPP, "WhatsApp");
        for (Trigger trigger : Trigger.values()) {
            for (Channel channel : Channel.values()) {
                String id = forRule(trigger, channel);
                all.put(
                        id,
                        new BuiltIn(
                                id,
                                channel,
                                "Cobrança – " + triggers.get(trigger) + " (" + channels.get(channel) + ")"));
            }
        }
        event(all, CHARGE_CREATED_EMAIL, "Cobrança gerada (e-mail)");
        event(all, OVERDUE_NOTICE_EMAIL, "Aviso de cobrança vencida (e-mail)");
        event(all, PAYMENT_CONFIRMED_EMAIL, "Confirmação de pagamento (e-mail)");
        event(all, CHARGE_CANCELLED_EMAIL, "Cobrança cancelada (e-mail)");
        event(all, SUBSCRIPTION_CANCELLED_EMAIL, "Assinatura cancelada (e-mail)");
        event(all, CARNE_CREATED_EMAIL, "Carnê gerado (e-mail)");
        event(all, CARNE_CANCELLED_EMAIL, "Carnê cancelado (e-mail)");
        return Collections.unmodifiableMap(all);
    }

    private static void event(Map<String, BuiltIn> all, String id, String name) {
        all.put(id, new BuiltIn(id, Channel.EMAIL, name));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
