package br.com.regua.paymentmethods;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Pix key a BOLIX (boleto + Pix) charge's copia-e-cola pays into, and the merchant's city. */
public record PixData(
        @NotBlank @Size(max = 77) String key,
        @Size(max = 60) String city) {}
