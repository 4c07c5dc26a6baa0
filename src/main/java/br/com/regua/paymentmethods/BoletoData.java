package br.com.regua.paymentmethods;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bank agreement ("convênio") a boleto is issued under. */
public record BoletoData(
        @NotBlank @Pattern(regexp = "\\d{3}", message = "código de banco com 3 dígitos (ex.: 001)")
        String bank,

        @NotBlank @Pattern(regexp = "\\d{1,5}(-?[0-9Xx])?", message = "agência inválida")
        String agency,

        @NotBlank @Pattern(regexp = "\\d{1,12}(-?[0-9Xx])?", message = "conta inválida")
        String account,

        @NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,5}", message = "carteira inválida")
        String wallet,

        @Size(max = 20) @Pattern(regexp = "\\d*", message = "convênio deve ter só dígitos")
        String agreement) {}
