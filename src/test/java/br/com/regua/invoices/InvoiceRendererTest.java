package br.com.regua.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.boletos.Boleto;
import br.com.regua.boletos.Party;
import com.google.zxing.BarcodeFormat;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceRendererTest {

    private static final InvoiceRenderer renderer = new InvoiceRenderer();

    @Test
    void the_slip_shows_linha_digitavel_amount_due_date_and_beneficiary() {
        Boleto boleto = AnInvoice.bancoDoBrasil();
        String text = Pdfs.text(renderer.render(AnInvoice.boleto(boleto)));

        assertThat(text)
                .contains(boleto.digitableLine())
                .contains("R$ 159,90")
                .contains("10/03/2026")
                .contains("Provedor Exemplo Telecomunicações Ltda")
                .contains("CNPJ 11.222.333/0001-81")
                .contains("Maria da Conceição Silva")
                .contains("CPF 529.982.247-25")
                .contains("12345670000004217")
                .contains("1234-5 / 56789-0")
                .contains("001-9")
                .contains("Banco do Brasil")
                .contains("Recibo do Pagador")
                .contains("Ficha de Compensação")
                .contains("Local de Pagamento")
                .contains("Não receber após 30 dias do vencimento.")
                .contains("Mensalidade março — Fibra 300M")
                .contains("Av. Paulista, 1000, ap. 12 — São Paulo/SP — 01310-100")
                .contains("20/02/2026")
                .doesNotContain("Pix");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "001, 1234-5, 56789-0, 18,  1234567, Banco do Brasil, 001-9",
        "341, 0293,   01328,   109, ,        Itaú,            341-7",
        "237, 2949-1, 6580-3,  9,   ,        Bradesco,        237-2",
        "104, 1565,   ,        RG,  123456,  Caixa,           104-0",
        "033, 1333,   ,        101, 0707077, Santander,       033-7",
    })
    void every_bank_gets_its_name_code_and_linha_digitavel_on_the_slip(
            String bank, String agency, String account, String wallet, String agreement, String name, String code) {
        Boleto boleto = AnInvoice.boleto(bank, agency, account, wallet, agreement);
        byte[] pdf = renderer.render(AnInvoice.boleto(boleto));
        assertThat(Pdfs.text(pdf))
                .contains(name)
                .contains(code)
                .contains(boleto.digitableLine())
                .contains(boleto.nossoNumero())
                .contains(boleto.beneficiaryCode());
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    }

    @Test
    void a_bolix_slip_adds_the_pix_qr_code_and_copia_e_cola() {
        byte[] pdf = renderer.render(AnInvoice.bolix(AnInvoice.bancoDoBrasil()));
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Pague com Pix");
        // The payload wraps over lines in the box; read without the line breaks.
        assertThat(text.replaceAll("\\s", "")).contains(AnInvoice.pix().replaceAll("\\s", ""));
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    }

    @Test
    void the_printed_barcode_and_qr_code_scan_back() throws Exception {
        Boleto boleto = AnInvoice.bancoDoBrasil();
        byte[] pdf = renderer.render(AnInvoice.bolix(boleto));
        assertThat(Pdfs.scan(pdf, 300, BarcodeFormat.ITF)).isEqualTo(boleto.barcode());
        assertThat(Pdfs.scan(pdf, 300, BarcodeFormat.QR_CODE)).isEqualTo(AnInvoice.pix());
    }

    @Test
    void only_the_bundled_font_is_used_and_embedded_as_a_subset() {
        List<String> fonts = Pdfs.fonts(renderer.render(AnInvoice.bolix(AnInvoice.bancoDoBrasil())));
        assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
    }

    @Test
    void names_with_markup_are_printed_as_text() {
        Boleto boleto = AnInvoice.bancoDoBrasil();
        Boleto hostile = new Boleto(
                boleto.bankCode(),
                boleto.bankCodeWithDigit(),
                boleto.bankName(),
                boleto.barcode(),
                boleto.digitableLine(),
                boleto.nossoNumero(),
                boleto.beneficiaryCode(),
                boleto.wallet(),
                boleto.dueDate(),
                boleto.amountCentavos(),
                new Party("<b>Zé</b> & \"Filhos\" ]]> <!-- x", "52998224725"),
                boleto.beneficiary());
        String text = Pdfs.text(renderer.render(AnInvoice.boleto(hostile)));
        assertThat(text).contains("<b>Zé</b> & \"Filhos\" ]]> <!-- x");
    }

    @Test
    void a_slip_with_no_optional_data_still_renders() {
        Boleto boleto = AnInvoice.bancoDoBrasil();
        Boleto bare = new Boleto(
                boleto.bankCode(),
                boleto.bankCodeWithDigit(),
                boleto.bankName(),
                boleto.barcode(),
                boleto.digitableLine(),
                boleto.nossoNumero(),
                boleto.beneficiaryCode(),
                boleto.wallet(),
                boleto.dueDate(),
                boleto.amountCentavos(),
                null,
                null);
        byte[] pdf = renderer.render(new InvoiceData(bare, null, null, null, null, null, null, null));
        assertThat(Pdfs.text(pdf)).contains(boleto.digitableLine()).contains("R$ 159,90");
    }

    @Test
    void long_instructions_and_names_keep_the_slip_on_one_page() {
        Boleto boleto = AnInvoice.boleto("237", "2949-1", "6580-3", "9", null);
        InvoiceData data = AnInvoice.bolix(boleto);
        List<String> instructions = Collections.nCopies(6, "Instrução longa de cobrança que o beneficiário escreveu.");
        byte[] pdf = renderer.render(new InvoiceData(
                boleto,
                data.pixCopyPaste(),
                "A".repeat(40),
                data.documentDate(),
                "D".repeat(200),
                instructions,
                "E".repeat(120),
                "F".repeat(120)));
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
    }
}
