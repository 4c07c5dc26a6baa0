package br.com.regua.carnes;

import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.Reais;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The back-office's "Novo carnê" form, as typed: the amount in reais, per installment or the total
 * ({@code amountKind} EACH or TOTAL), the "enviar e-mail" checkbox. Public with setters for binding.
 */
public class CarneForm {

    private String customerId;
    private String serviceId;
    private String paymentMethodId;
    private String installments = "12";
    private String amount;
    private String amountKind = "EACH";
    private String firstDueDate;
    private String description;
    private boolean notifyCustomer;

    /** What the form says, as the API would take it; a mistyped field is an {@link InvalidFieldException} naming it. */
    CarneData toData() {
        Integer n = installments();
        Long centavos;
        try {
            centavos = Reais.centavos(amount);
        } catch (Reais.NotAnAmount e) {
            String message = e.getMessage();
            throw new InvalidFieldException("amount", message.startsWith("informe") ? message : "o valor " + message);
        }
        if (centavos == null) throw new InvalidFieldException("amount", "informe o valor");
        if (description != null && description.length() > 500) {
            throw new InvalidFieldException("description", "a descrição tem no máximo 500 caracteres");
        }
        boolean total = "TOTAL".equals(amountKind);
        return new CarneData(
                customerId,
                blankToNull(serviceId),
                paymentMethodId == null ? "" : paymentMethodId,
                n,
                total ? null : centavos,
                total ? centavos : null,
                date(),
                description,
                notifyCustomer);
    }

    private Integer installments() {
        try {
            int n = Integer.parseInt(installments == null ? "" : installments.trim());
            if (n >= CarneData.MIN_INSTALLMENTS && n <= CarneData.MAX_INSTALLMENTS) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new InvalidFieldException(
                "installments",
                "informe de " + CarneData.MIN_INSTALLMENTS + " a " + CarneData.MAX_INSTALLMENTS + " parcelas");
    }

    private LocalDate date() {
        if (firstDueDate == null || firstDueDate.isBlank()) {
            throw new InvalidFieldException("firstDueDate", "informe o vencimento da primeira parcela");
        }
        try {
            return LocalDate.parse(firstDueDate.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("firstDueDate", "informe uma data (dd/mm/aaaa)");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getServiceId() {
        return serviceId;
    }

    public void setServiceId(String serviceId) {
        this.serviceId = serviceId;
    }

    public String getPaymentMethodId() {
        return paymentMethodId;
    }

    public void setPaymentMethodId(String paymentMethodId) {
        this.paymentMethodId = paymentMethodId;
    }

    public String getInstallments() {
        return installments;
    }

    public void setInstallments(String installments) {
        this.installments = installments;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getAmountKind() {
        return amountKind;
    }

    public void setAmountKind(String amountKind) {
        this.amountKind = amountKind;
    }

    public String getFirstDueDate() {
        return firstDueDate;
    }

    public void setFirstDueDate(String firstDueDate) {
        this.firstDueDate = firstDueDate;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isNotifyCustomer() {
        return notifyCustomer;
    }

    public void setNotifyCustomer(boolean notifyCustomer) {
        this.notifyCustomer = notifyCustomer;
    }
}
