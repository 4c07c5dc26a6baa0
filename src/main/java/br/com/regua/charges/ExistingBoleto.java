package br.com.regua.charges;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A boleto another system already issued for the charge (Appendix B): the merchant's ERP or bank
 * made it, Régua checks it, shows it on the invoice and recognises it in return files.
 */
@Schema(
        description = "Boleto já emitido por outro sistema (ERP ou banco): Régua confere os dígitos verificadores e que"
                + " o valor e o vencimento codificados são os da cobrança, e o usa na fatura e no retorno bancário")
public record ExistingBoleto(
        @Schema(description = "Nosso número do título no banco (só os dígitos são guardados)", example = "231327")
        @NotBlank
        @Size(max = 40)
        String nossoNumero,

        @Schema(description = "Linha digitável, com ou sem pontos e espaços (47 dígitos); ou informe barcode")
        @Size(max = 64)
        String digitableLine,

        @Schema(description = "Código de barras (44 dígitos); ou informe digitableLine") @Size(max = 64)
        String barcode,

        @Schema(description = "Pix copia-e-cola do mesmo título, se houver") @Size(max = 512)
        String pixCopyPaste) {}
