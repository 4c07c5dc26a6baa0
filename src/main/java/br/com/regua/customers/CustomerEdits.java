package br.com.regua.customers;

import br.com.regua.shared.InvalidFieldException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Saves the customer edit form: the customer, its address and its postal delivery in one
 * transaction, so that a refusal anywhere changes nothing.
 */
@Component
class CustomerEdits {

    private final Customers customers;
    private final NotificationPreferences preferences;
    private final Validator validator;

    CustomerEdits(Customers customers, NotificationPreferences preferences, Validator validator) {
        this.customers = customers;
        this.preferences = preferences;
        this.validator = validator;
    }

    /** The form's errors, each on the form field it is about ("address.cep" is the form's "cep"). */
    void validate(CustomerForm form, Errors errors) {
        CustomerData data = form.data();
        for (ConstraintViolation<CustomerData> v : validator.validate(data)) {
            String path = v.getPropertyPath().toString();
            String field = path.startsWith("address.") ? path.substring("address.".length()) : path;
            if (errors.getFieldErrorCount(field) == 0) errors.rejectValue(field, "invalid", v.getMessage());
        }
        if (form.isPostalDelivery() && data.address() == null && errors.getFieldErrorCount("postalDelivery") == 0) {
            errors.rejectValue(
                    "postalDelivery",
                    "invalid",
                    "preencha o endereço (CEP, logradouro, número, bairro, cidade e UF) para enviar boletos pelos"
                            + " Correios");
        }
    }

    @Transactional
    public void save(UUID accountId, UUID customerId, CustomerForm form) {
        // Off first, so that an address removed with the box unticked is allowed; on last, once the
        // address it needs is written.
        if (!form.isPostalDelivery()) {
            preferences.change(accountId, customerId, PreferenceChange.NONE, null, false);
        }
        customers.update(accountId, customerId, form.data());
        if (form.isPostalDelivery()) {
            preferences.change(accountId, customerId, PreferenceChange.NONE, null, true);
        }
    }

    /** A refusal from the facades, as the form field it names. */
    static String formField(InvalidFieldException e) {
        String field = e.field();
        if (field == null) return null;
        return field.startsWith("address.") ? field.substring("address.".length()) : field;
    }
}
