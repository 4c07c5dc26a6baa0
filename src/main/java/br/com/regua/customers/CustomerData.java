package br.com.regua.customers;

import br.com.regua.shared.MobilePhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a client sends to create or replace a customer (API body and back-office form); {@code
 * address} is the postal address, required while boletos go by post.
 */
public record CustomerData(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) @ValidDocument String document,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @MobilePhone String mobilePhone,
        @Size(max = 100) String externalReference,
        Boolean notificationsDisabled,
        @Valid PostalAddress address) {

    /** Without an address (the form and older clients). */
    public CustomerData(
            String name,
            String document,
            String email,
            String mobilePhone,
            String externalReference,
            Boolean notificationsDisabled) {
        this(name, document, email, mobilePhone, externalReference, notificationsDisabled, null);
    }
}
