package br.com.regua.letters;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Boletos by post: the print batch of PRINT_LETTERS, its PDF and manifest, reprints and fees. */
class LettersTest extends IntegrationTest {

    @Autowired
    Letters letters;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Tenant tenant;
    Api api;
    String method;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        api = tenant.api();
        method = api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        today = LocalDate.now(clock);
    }

    @Test
    void
            a_batch_has_one_letter_per_open_boleto_charge_whose_pdf_text_holds_each_address_and_linha_digitavel_and_whose_manifest_matches_it_row_by_row() {
        String maria = postalCustomer(
                "Maria Silva",
                "529.982.247-25",
                address("01310-100", "Av. Paulista", "1000", "Bela Vista", "São Paulo", "SP"));
        String joao = postalCustomer(
                "João Souza",
                "111.444.777-35",
                address("30130-010", "Rua da Bahia", "52", "Centro", "Belo Horizonte", "MG"));
        JsonNode mariaCharge = charge(maria);
        JsonNode joaoCharge = charge(joao);

        PrintResult result = letters.print(tenant.id(), today, null);

        assertThat(result.printed()).isEqualTo(2);
        String batch = result.batchId().toString();
        byte[] pdf = pdf(batch);
        List<String> pages = pageTexts(pdf);
        assertThat(pages).hasSize(2);
        List<String[]> rows = manifest(batch);
        assertThat(rows).hasSize(2);
        // one to one, in the PDF's order: row i is page i
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String page = flat(pages.get(i));
            assertThat(page).contains(row[1], row[2], row[3], row[5], "Carta " + (i + 1) + " de 2");
            JsonNode charge = api.get("/charges/" + row[6]).json();
            assertThat(page).contains(charge.get("digitableLine").asString());
            assertThat(row[7]).isEqualTo(charge.get("nossoNumero").asString());
            assertThat(row[8]).isEqualTo(charge.get("dueDate").asString());
            assertThat(row[9]).isEqualTo(charge.get("amount").asString());
            assertThat(row[10]).isEqualTo("1");
            assertThat(scanItf(pdf, i)).isEqualTo(charge.get("barcode").asString());
        }
        assertThat(rows)
                .extracting(r -> r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4] + "|" + r[5] + "|" + r[6])
                .containsExactly(
                        "João Souza|Rua da Bahia, 52|Centro|Belo Horizonte - MG|30130-010|"
                                + joaoCharge.get("id").asString(),
                        "Maria Silva|Av. Paulista, 1000|Bela Vista|São Paulo - SP|01310-100|"
                                + mariaCharge.get("id").asString());
        JsonNode listed = api.get("/letter-batches").json().get("items").get(0);
        assertThat(listed.get("id").asString()).isEqualTo(batch);
        assertThat(listed.get("letters").asInt()).isEqualTo(2);
        assertThat(listed.get("pages").asInt()).isEqualTo(2);
        assertThat(listed.get("date").asString()).isEqualTo(today.toString());
        assertThat(api.get("/letter-batches/" + batch).json().get("pages").asInt())
                .isEqualTo(2);
    }

    @Test
    void a_second_run_prints_nothing_new_and_makes_no_empty_batch() {
        charge(postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress()));
        String routine = api.post("/routines", printLettersRoutine()).id();

        JsonNode first = run(routine, today);
        JsonNode again = run(routine, today.plusDays(1));

        assertThat(first.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(first.get("queued").asInt()).isEqualTo(1);
        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("COMPLETED");
        assertThat(again.get("queued").asInt()).isZero();
        assertThat(again.get("skipped").get(PrintResult.ALREADY_PRINTED).asInt())
                .isEqualTo(1);
        JsonNode batches = api.get("/letter-batches").json().get("items");
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).get("routineRunId").asString())
                .isEqualTo(first.get("id").asString());
    }

    @Test
    void two_runs_at_once_print_each_charge_once() throws Exception {
        String customer = postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress());
        for (int i = 0; i < 5; i++) charge(customer);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> letters.print(tenant.id(), today, null));
            var second = pool.submit(() -> letters.print(tenant.id(), today, null));

            assertThat(first.get().printed() + second.get().printed()).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
        JsonNode batches = api.get("/letter-batches").json().get("items");
        assertThat(batches).hasSize(1);
        assertThat(manifest(batches.get(0).get("id").asString()))
                .extracting(r -> r[6])
                .doesNotHaveDuplicates()
                .hasSize(5);
    }

    @Test
    void a_reprint_puts_the_charge_in_the_next_batch_again_once() {
        String charge = charge(postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress()))
                .get("id")
                .asString();
        letters.print(tenant.id(), today, null);

        Api.Response asked = api.post("/charges/" + charge + "/letters", "{}");
        Api.Response askedAgain = api.post("/charges/" + charge + "/letters", "{}");
        PrintResult reprinted = letters.print(tenant.id(), today.plusDays(1), null);
        PrintResult after = letters.print(tenant.id(), today.plusDays(2), null);

        assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        assertThat(askedAgain.id()).isEqualTo(asked.id());
        assertThat(reprinted.printed()).isEqualTo(1);
        assertThat(manifest(reprinted.batchId().toString())).singleElement().satisfies(row -> {
            assertThat(row[6]).isEqualTo(charge);
            assertThat(row[11]).isEqualTo("sim");
        });
        assertThat(after.batchId()).isNull();
        assertThat(api.get("/letter-batches").json().get("items")).hasSize(2);
    }

    @Test
    void a_customer_without_postal_delivery_gets_no_letter() {
        String byPost = postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress());
        Map<String, Object> other = Fixtures.aCustomer();
        other.put("name", "Ana Costa");
        other.put("document", "111.444.777-35");
        other.put("email", "ana@example.com");
        String notByPost = api.post("/customers", other).id();
        String printed = charge(byPost).get("id").asString();
        charge(notByPost);

        PrintResult result = letters.print(tenant.id(), today, null);

        assertThat(result.printed()).isEqualTo(1);
        assertThat(manifest(result.batchId().toString()))
                .singleElement()
                .satisfies(row -> assertThat(row[6]).isEqualTo(printed));
        assertThat(flat(String.join("", pageTexts(pdf(result.batchId().toString())))))
                .doesNotContain("Ana Costa");
    }

    @Test
    void paid_and_cancelled_charges_get_no_letter_and_cannot_be_reprinted() {
        String customer = postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress());
        String paid = charge(customer).get("id").asString();
        String cancelled = charge(customer).get("id").asString();
        String open = charge(customer).get("id").asString();
        assertThat(api.post("/charges/" + paid + "/payments", "{}").status()).isEqualTo(200);
        assertThat(api.post("/charges/" + cancelled + "/cancellation", "{}").status())
                .isEqualTo(200);

        PrintResult result = letters.print(tenant.id(), today, null);

        assertThat(result.printed()).isEqualTo(1);
        assertThat(manifest(result.batchId().toString())).extracting(r -> r[6]).containsExactly(open);
        Api.Response refused = api.post("/charges/" + paid + "/letters", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("detail")).contains("não está em aberto");
    }

    @Test
    void
            each_letter_adds_a_fee_line_of_the_letter_page_price_times_its_pages_and_the_statement_totals_are_the_sum_of_its_lines() {
        api.put("/fees/prices", Map.of("WHATSAPP", 35, "SMS", 0, "EMAIL", 0, "LETTER_PAGE", 150));
        String maria = postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress());
        String charge = charge(maria).get("id").asString();
        charge(maria);

        PrintResult result = letters.print(tenant.id(), today, null);
        api.post("/charges/" + charge + "/letters", "{}");
        letters.print(tenant.id(), today, null);

        JsonNode statement = api.get("/fees/statement").json();
        JsonNode lines = statement.get("lines").get("items");
        List<JsonNode> letterLines = new ArrayList<>();
        lines.forEach(l -> {
            if (l.get("channel").asString().equals("LETTER")) letterLines.add(l);
        });
        assertThat(result.printed()).isEqualTo(2);
        assertThat(letterLines).hasSize(3).allSatisfy(l -> {
            assertThat(l.get("units").asInt()).isEqualTo(1);
            assertThat(l.get("amount").asLong()).isEqualTo(150);
            assertThat(l.get("letterId").isNull()).isFalse();
            assertThat(l.get("notificationId").isNull()).isTrue();
        });
        assertThat(statement.get("totals").get("LETTER").get("count").asInt()).isEqualTo(3);
        assertThat(statement.get("totals").get("LETTER").get("amount").asLong()).isEqualTo(450);
        long sum = 0;
        for (JsonNode l : lines) sum += l.get("amount").asLong();
        assertThat(statement.get("total").asLong()).isEqualTo(sum);
        int pages = 0;
        for (JsonNode b : api.get("/letter-batches").json().get("items"))
            pages += b.get("pages").asInt();
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void a_customer_ticked_for_post_before_addresses_existed_is_skipped_saying_why_and_makes_no_batch() {
        Map<String, Object> body = Fixtures.aCustomer();
        body.remove("address");
        String customer = api.post("/customers", body).id();
        charge(customer);
        // the API refuses this now; customers ticked before V11_3 are like it
        jdbc.sql("UPDATE customers SET postal_delivery = true WHERE account_id = ? AND id = ?::uuid")
                .params(tenant.id(), customer)
                .update();

        PrintResult result = letters.print(tenant.id(), today, null);

        assertThat(result.batchId()).isNull();
        assertThat(result.skipped()).containsExactly(Map.entry(PrintResult.NO_POSTAL_ADDRESS, 1));
        assertThat(api.get("/letter-batches").json().get("items")).isEmpty();
    }

    @Test
    void a_reprint_is_refused_for_a_customer_without_an_address_and_an_unknown_batch_is_404() {
        Map<String, Object> body = Fixtures.aCustomer();
        body.remove("address");
        String charge = charge(api.post("/customers", body).id()).get("id").asString();

        Api.Response refused = api.post("/charges/" + charge + "/letters", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("detail")).contains("endereço postal");
        assertThat(api.get("/letter-batches/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get("/letter-batches/nao-e-um-id").status()).isEqualTo(404);
        assertThat(api.get("/letter-batches?limit=0").status()).isEqualTo(400);
        assertThat(api.post("/charges/" + java.util.UUID.randomUUID() + "/letters", "{}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void another_accounts_batch_is_404_and_its_list_is_empty() {
        charge(postalCustomer("Maria Silva", "529.982.247-25", Fixtures.anAddress()));
        String batch = letters.print(tenant.id(), today, null).batchId().toString();
        Api intruder = newAccount();

        assertThat(intruder.get("/letter-batches/" + batch).status()).isEqualTo(404);
        assertThat(intruder.getBytes("/letter-batches/" + batch + ".pdf").statusCode())
                .isEqualTo(404);
        assertThat(intruder.getBytes("/letter-batches/" + batch + ".csv").statusCode())
                .isEqualTo(404);
        assertThat(intruder.get("/letter-batches").json().get("items")).isEmpty();
        assertThat(api.get("/letter-batches/" + batch).status()).isEqualTo(200);
    }

    // --- fixtures

    private Map<String, Object> address(
            String cep, String street, String number, String district, String city, String state) {
        return new HashMap<>(Map.of(
                "cep", cep, "street", street, "number", number, "district", district, "city", city, "state", state));
    }

    private String postalCustomer(String name, String document, Map<String, Object> address) {
        Map<String, Object> body = Fixtures.aCustomer();
        body.put("name", name);
        body.put("document", document);
        body.put("email", document.replaceAll("\\D", "") + "@example.com");
        body.put("address", address);
        String id = api.post("/customers", body).id();
        Api.Response on = api.put("/customers/" + id + "/notification-preferences", Map.of("postalDelivery", true));
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        return id;
    }

    private JsonNode charge(String customer) {
        Api.Response created = api.post("/charges", Fixtures.aCharge(customer, null, method, today.plusDays(20)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Map<String, Object> printLettersRoutine() {
        return new HashMap<>(Map.of(
                "name", "Cartas",
                "task", "PRINT_LETTERS",
                "time", "07:00:00",
                "daysOfWeek", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "runOnHolidays", true));
    }

    private JsonNode run(String routine, LocalDate date) {
        Api.Response started = api.post("/routines/" + routine + "/runs", Map.of("date", date.toString()));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String path = "/routines/" + routine + "/runs/" + started.id();
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> api.get(path), r -> !"RUNNING".equals(r.field("status")))
                .json();
    }

    private byte[] pdf(String batch) {
        var response = api.getBytes("/letter-batches/" + batch + ".pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The manifest's rows without the header, split on ';'. */
    private List<String[]> manifest(String batch) {
        var response = api.getBytes("/letter-batches/" + batch + ".csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0])
                .isEqualTo(
                        "carta;cliente;endereco;bairro;cidade_uf;cep;cobranca;nosso_numero;vencimento;valor_centavos;paginas;reimpressao");
        return Arrays.stream(lines).skip(1).map(l -> l.split(";", -1)).toList();
    }

    private static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's barcode as a scanner at 300 dpi reads it (ITF, 44 digits). */
    private static String scanItf(byte[] pdf, int page) {
        java.awt.image.BufferedImage image;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            image = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(page, 300, org.apache.pdfbox.rendering.ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new com.google.zxing.MultiFormatReader()
                    .decode(
                            bitmap,
                            Map.of(
                                    com.google.zxing.DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(com.google.zxing.BarcodeFormat.ITF),
                                    com.google.zxing.DecodeHintType.TRY_HARDER,
                                    true,
                                    com.google.zxing.DecodeHintType.ALLOWED_LENGTHS,
                                    new int[] {44}))
                    .getText();
        } catch (com.google.zxing.NotFoundException e) {
            throw new AssertionError("no ITF barcode on page " + (page + 1), e);
        }
    }

    /** Text with its line breaks as spaces and runs of spaces as one. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
