package br.com.regua.charges;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.boletos.Boleto;
import br.com.regua.boletos.BoletoRequest;
import br.com.regua.boletos.Boletos;
import br.com.regua.boletos.BrCode;
import br.com.regua.boletos.Party;
import br.com.regua.boletos.PixRequest;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 item 2: a boleto the merchant's ERP or bank already issued, given to {@code POST
 * /charges} (Appendix B {@code boleto}). Régua checks it — check digits, bank, the amount and due
 * date it encodes — keeps it as given and shows it on the invoice; it refuses one that does not
 * hold naming the field, and creates nothing.
 */
class BoletoIssuedElsewhereTest extends IntegrationTest {

    static final LocalDate DUE = LocalDate.of(2027, 1, 10);

    @Autowired
    Boletos boletos;

    Api api;
    String method;
    String customer;

    @BeforeEach
    void itauMerchant() {
        api = newAccount();
        method = api.post(
                        "/payment-methods",
                        Map.of(
                                "name", "Boleto Itaú",
                                "kind", "BOLETO",
                                "boleto",
                                        Map.of("bank", "341", "agency", "0057", "account", "12345-7", "wallet", "109")))
                .id();
        customer = api.post("/customers", Fixtures.aCustomer()).id();
    }

    /** A boleto as the merchant's ERP issued it: Itaú, carteira 109, the ERP's own nosso número. */
    Boleto fromTheErp(String nossoNumero, long amount, LocalDate due) {
        return boletos.issue(new BoletoRequest(
                "341",
                "0057",
                "12345-7",
                "109",
                null,
                nossoNumero,
                amount,
                due,
                new Party("Maria Silva", "12345678909"),
                new Party("Provedor", null)));
    }

    Map<String, Object> charge(Map<String, Object> boleto) {
        var body = new HashMap<>(Fixtures.aCharge(customer, null, method, DUE));
        body.put("boleto", boleto);
        return body;
    }

    int charges() {
        return api.get("/charges?customerId=" + customer).json().get("items").size();
    }

    @Test
    void a_boleto_issued_elsewhere_is_kept_as_given_and_printed_on_the_invoice() throws Exception {
        Boleto erp = fromTheErp("231327", 15990, DUE);

        Api.Response created =
                api.post("/charges", charge(Map.of("nossoNumero", "231327", "digitableLine", erp.digitableLine())));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("nossoNumero")).isEqualTo("231327");
        assertThat(created.field("digitableLine")).isEqualTo(erp.digitableLine());
        assertThat(created.field("barcode")).isEqualTo(erp.barcode());
        byte[] pdf = api.getBytes("/charges/" + created.id() + "/invoice.pdf").body();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(erp.digitableLine());
        }
    }

    @Test
    void the_barcode_alone_is_enough_and_the_linha_digitavel_is_derived_from_it() {
        Boleto erp = fromTheErp("231328", 15990, DUE);

        Api.Response created = api.post("/charges", charge(Map.of("nossoNumero", "231328", "barcode", erp.barcode())));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("digitableLine")).isEqualTo(erp.digitableLine());
    }

    @Test
    void a_linha_digitavel_with_a_wrong_check_digit_is_refused_naming_the_field_and_nothing_is_created() {
        String line = fromTheErp("231327", 15990, DUE).digitableLine();
        // the first field's check digit (the 10th digit) changed
        char digit = line.charAt(10);
        String wrong = line.substring(0, 10) + (char) ('0' + (digit - '0' + 1) % 10) + line.substring(11);

        Api.Response refused = api.post("/charges", charge(Map.of("nossoNumero", "231327", "digitableLine", wrong)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("boleto.digitableLine");
        assertThat(refused.text()).contains("dígito verificador");
        assertThat(charges()).isZero();
    }

    @Test
    void a_barcode_with_a_wrong_general_check_digit_is_refused_naming_the_field() {
        String barcode = fromTheErp("231327", 15990, DUE).barcode();
        char digit = barcode.charAt(4);
        String wrong = barcode.substring(0, 4) + (char) ('0' + (digit - '0' + 1) % 10) + barcode.substring(5);

        Api.Response refused = api.post("/charges", charge(Map.of("nossoNumero", "231327", "barcode", wrong)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("boleto.barcode");
    }

    @Test
    void a_boleto_whose_amount_is_not_the_charges_is_refused_naming_the_field() {
        Boleto erp = fromTheErp("231327", 14990, DUE);

        Api.Response refused =
                api.post("/charges", charge(Map.of("nossoNumero", "231327", "digitableLine", erp.digitableLine())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("boleto.digitableLine");
        assertThat(refused.text()).contains("R$ 149,90", "R$ 159,90");
        assertThat(charges()).isZero();
    }

    @Test
    void a_boleto_whose_due_date_is_not_the_charges_is_refused_naming_the_field() {
        Boleto erp = fromTheErp("231327", 15990, DUE.plusDays(5));

        Api.Response refused =
                api.post("/charges", charge(Map.of("nossoNumero", "231327", "digitableLine", erp.digitableLine())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("boleto.digitableLine");
        assertThat(refused.text()).contains("15/01/2027", "10/01/2027");
    }

    @Test
    void a_boleto_of_another_bank_is_refused() {
        Boleto bb = boletos.issue(new BoletoRequest(
                "001",
                "1234",
                "56789",
                "18",
                "1234567",
                "42",
                15990,
                DUE,
                new Party("Maria Silva", "12345678909"),
                new Party("Provedor", null)));

        Api.Response refused =
                api.post("/charges", charge(Map.of("nossoNumero", "42", "digitableLine", bb.digitableLine())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("boleto.digitableLine");
        assertThat(refused.text()).contains("banco 001", "banco 341");
    }

    @Test
    void a_nosso_numero_another_charge_of_the_method_has_is_refused_and_regua_never_issues_it_again() {
        Boleto erp = fromTheErp("231327", 15990, DUE);
        assertThat(api.post("/charges", charge(Map.of("nossoNumero", "231327", "digitableLine", erp.digitableLine())))
                        .status())
                .isEqualTo(201);

        Api.Response again = api.post("/charges", charge(Map.of("nossoNumero", "231327", "barcode", erp.barcode())));
        Api.Response ours = api.post("/charges", Fixtures.aCharge(customer, null, method, DUE));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorFields()).containsExactly("boleto.nossoNumero");
        assertThat(Long.parseLong(ours.field("nossoNumero"))).isGreaterThan(231327);
    }

    @Test
    void a_pix_copia_e_cola_is_kept_when_its_crc_holds_and_refused_when_it_does_not() {
        String pix = BrCode.staticPayload(
                new PixRequest("financeiro@provedor.com.br", 15990L, "Provedor", "SAO PAULO", "ERP231329"));
        Boleto erp = fromTheErp("231329", 15990, DUE);
        Api.Response kept = api.post(
                "/charges",
                charge(Map.of("nossoNumero", "231329", "digitableLine", erp.digitableLine(), "pixCopyPaste", pix)));
        String broken = pix.substring(0, pix.length() - 1) + (pix.endsWith("0") ? "1" : "0");
        Boleto other = fromTheErp("231330", 15990, DUE);
        Api.Response refused = api.post(
                "/charges",
                charge(Map.of(
                        "nossoNumero", "231330", "digitableLine", other.digitableLine(), "pixCopyPaste", broken)));

        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(kept.field("pixCopyPaste")).isEqualTo(pix);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("boleto.pixCopyPaste");
    }

    @Test
    void neither_a_linha_digitavel_nor_a_barcode_nor_a_nosso_numero_is_refused_naming_the_field() {
        Api.Response noLine = api.post("/charges", charge(Map.of("nossoNumero", "231327")));
        Api.Response noNumber = api.post(
                "/charges",
                charge(Map.of("digitableLine", fromTheErp("1", 15990, DUE).digitableLine())));
        Api.Response letters =
                api.post("/charges", charge(Map.of("nossoNumero", "231327", "digitableLine", "34191.09008 abcde")));

        assertThat(noLine.status()).isEqualTo(400);
        assertThat(noLine.errorFields()).containsExactly("boleto.digitableLine");
        assertThat(noNumber.status()).isEqualTo(400);
        assertThat(noNumber.errorFields()).containsExactly("boleto.nossoNumero");
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.errorFields()).containsExactly("boleto.digitableLine");
        assertThat(charges()).isZero();
    }
}
