package br.com.regua.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A service as a client sends it; billing e-mail/SMS/WhatsApp default to allowed. */
public record ServiceData(
        @NotBlank @Size(max = 200) String description,
        @NotNull ServiceStatus status,
        Boolean allowBillingEmail,
        Boolean allowBillingSms,
        Boolean allowBillingWhatsapp) {}
