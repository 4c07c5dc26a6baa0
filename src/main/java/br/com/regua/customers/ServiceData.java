package br.com.regua.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A service as a client sends it; billing e-mail/SMS/WhatsApp default to allowed.
 * {@code pauseNoticesUntil} is IXC's "não avisar até": no notice of its charges goes out up to
 * and including that date (a payment promise, a dispute).
 */
public record ServiceData(
        @NotBlank @Size(max = 200) String description,
        @NotNull ServiceStatus status,
        Boolean allowBillingEmail,
        Boolean allowBillingSms,
        Boolean allowBillingWhatsapp,
        LocalDate pauseNoticesUntil) {}
