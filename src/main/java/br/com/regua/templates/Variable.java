package br.com.regua.templates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a layout may use, each a String the caller has already formatted. A layout that
 * names anything else is refused when it is saved.
 */
public enum Variable {
    CUSTOMER_NAME("customerName", "Nome do cliente", "Maria Silva"),
    AMOUNT("amount", "Valor da cobrança em reais", "R$ 159,90"),
    DUE_DATE("dueDate", "Data de vencimento (dd/MM/aaaa)", "20/02/2021"),
    DUE_TODAY(
            "dueToday",
            "\"sim\" quando a mensagem sai no próprio dia do vencimento, vazio nos outros dias"
                    + " (teste com {% if dueToday is not empty %})",
            "sim"),
    DAYS_UNTIL_DUE(
            "daysUntilDue", "Dias do envio até o vencimento: 0 no dia, 2 dois dias antes, -3 três dias depois", "0"),
    DUE_WHEN(
            "dueWhen",
            "Quando vence, visto do dia do envio: \"hoje, 20/02/2021\", \"amanhã, …\","
                    + " \"no domingo, …\" (nos próximos seis dias) ou \"em 20/02/2021\"",
            "hoje, 20/02/2021"),
    DIGITABLE_LINE(
            "digitableLine",
            "Linha digitável do boleto (vazia quando não há boleto)",
            "00190.00009 01234.567004 00000.001180 9 85370000015990"),
    PIX_COPY_PASTE(
            "pixCopyPaste",
            "Pix copia e cola (BR Code; vazio quando não há Pix)",
            "00020126460014br.gov.bcb.pix0124cobranca@provedor.com.br5204000053039865406159.905802BR"
                    + "5916PROVEDOR EXEMPLO6009SAO PAULO62170513REGUA0190A3F26304092F"),
    PAYMENT_LINK("paymentLink", "Link da página de pagamento", "https://pagamento.provedor.com.br/f/0190a3f2"),
    INVOICE_URL(
            "invoiceUrl", "Link do boleto / fatura em PDF", "https://pagamento.provedor.com.br/f/0190a3f2/boleto.pdf"),
    MERCHANT_NAME("merchantName", "Nome da empresa que cobra (a conta)", "Provedor Exemplo"),
    UNSUBSCRIBE_LINK(
            "unsubscribeLink",
            "Link para deixar de receber os avisos (um clique)",
            "https://pagamento.provedor.com.br/descadastro/0190a3f2"),
    DESCRIPTION("description", "Descrição da cobrança, da assinatura ou do carnê", "Mensalidade Fibra 300M"),
    DAYS("days", "Dias da regra de envio (antes ou depois do vencimento)", "13"),
    CHARGE_ID("chargeId", "Identificador da cobrança", "0190a3f2-7c1e-7b4a-9d2e-5f6a7b8c9d0e"),
    REASON(
            "reason",
            "Motivo de uma desativação (aviso ao lojista)",
            "o servidor de e-mail do cliente recusou o endereço (caixa postal inexistente)"),
    SUBSCRIPTION_NUMBER("subscriptionNumber", "Número do agendamento (aviso ao lojista)", "1042");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final String key;
    private final String meaning;
    private final String example;

    Variable(String key, String meaning, String example) {
        this.key = key;
        this.meaning = meaning;
        this.example = example;
    }

    /** The name a layout writes, as in {@code {{ customerName }}}. */
    public String key() {
        return key;
    }

    public String meaning() {
        return meaning;
    }

    public String example() {
        return example;
    }

    public static Optional<Variable> of(String key) {
        return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst();
    }

    /** Every variable with its example value: what previews and save-time checks render with. */
    public static Map<String, String> examples() {
        Map<String, String> sample = new LinkedHashMap<>();
        for (Variable v : values()) sample.put(v.key, v.example);
        return sample;
    }

    /** BRL from centavos: {@code 15990} → {@code R$ 159,90}. */
    public static String money(long centavos) {
        long abs = Math.abs(centavos);
        StringBuilder reais = new StringBuilder(Long.toString(abs / 100));
        for (int i = reais.length() - 3; i > 0; i -= 3) reais.insert(i, '.');
        return (centavos < 0 ? "-R$ " : "R$ ") + reais + "," + String.format("%02d", abs % 100);
    }

    /** {@code 2021-02-20} → {@code 20/02/2021}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
