package br.com.regua.bankreturns;

import static br.com.regua.bankreturns.ReturnFileReaderTest.peer;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Each peer file imported through the API into a merchant whose charges carry the file's nosso
 * números: what it pays is PAID with the file's amounts and dates and one paid notice, the rest is
 * history or unmatched, and importing it again changes nothing.
 */
class BankReturnImportTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BankReturnRows rows;

    @Autowired
    BankReturns bankReturns;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    ReturnFiles merchant;

    @BeforeEach
    void setUp() {
        Tenant tenant = newTenant();
        merchant = new ReturnFiles(tenant.api(), port, tokenOf(tenant), jdbc);
    }

    private String tokenOf(Tenant tenant) {
        // the Api client keeps its token private; the operator endpoint answered it at creation
        return TOKENS.computeIfAbsent(tenant.id().toString(), k -> extractToken(tenant.api()));
    }

    private static final Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String extractToken(Api api) {
        try {
            var field = Api.class.getDeclaredField("token");
            field.setAccessible(true);
            return (String) field.get(api);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode importAndWait(byte[] file) {
        Api.Response accepted = merchant.upload(file);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.field("status")).isEqualTo("PROCESSING");
        return merchant.completed(accepted.id());
    }

    private JsonNode charge(String id) {
        return merchant.api.get("/charges/" + id).json();
    }

    private static JsonNode item(JsonNode report, int line) {
        for (JsonNode item : report.get("items")) if (item.get("line").asInt() == line) return item;
        throw new AssertionError("no line " + line + " in " + report);
    }

    /** Imports the same bytes again: the earlier import answers and no charge or notice changes. */
    private void secondImportChangesNothing(byte[] file, JsonNode first, List<String> chargeIds) {
        List<String> before = new ArrayList<>();
        for (String id : chargeIds) before.add(charge(id).toString() + merchant.paidNotices(id));
        Api.Response again = merchant.upload(file);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.id()).isEqualTo(first.get("id").asString());
        List<String> after = new ArrayList<>();
        for (String id : chargeIds) after.add(charge(id).toString() + merchant.paidNotices(id));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void banco_do_brasil_cnab400_pays_its_charge_with_the_amount_and_date_of_the_file() {
        String method = merchant.paymentMethod("001", "3344-8", "1111-3", "17", "1112245");
        String charge = merchant.charge(method, 290);
        byte[] file = peer("001-bb-cnab400.ret");

        JsonNode report = importAndWait(file);

        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("format").asString()).isEqualTo("CNAB400");
        assertThat(report.get("bank").asString()).isEqualTo("001");
        assertThat(report.get("lines").asInt()).isEqualTo(1);
        assertThat(report.get("paid").asInt()).isEqualTo(1);
        JsonNode line = item(report, 2);
        assertThat(line.get("result").asString()).isEqualTo("PAID");
        assertThat(line.get("chargeId").asString()).isEqualTo(charge);
        assertThat(line.get("tariff").asLong()).isEqualTo(900);
        assertThat(line.get("creditedAt").asString()).isEqualTo("2015-09-10");
        JsonNode paid = charge(charge);
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("paidAmount").asLong()).isEqualTo(2500);
        assertThat(paid.get("paidAt").asString()).isEqualTo("2015-09-08");
        assertThat(merchant.paidNotices(charge)).isEqualTo(1);
        secondImportChangesNothing(file, report, List.of(charge));
    }

    @Test
    void an_imported_file_is_a_bank_return_imported_webhook_event_with_its_report_and_the_paid_charges_events() {
        merchant.api.post(
                "/webhooks",
                Map.of("url", "http://127.0.0.1:9/hooks", "events", List.of("bank_return.imported", "charge.paid")));
        String method = merchant.paymentMethod("001", "3344-8", "1111-3", "17", "1112245");
        merchant.charge(method, 290);

        JsonNode report = importAndWait(peer("001-bb-cnab400.ret"));

        List<String> events = jdbc.sql("""
                        SELECT e.type || ' ' || CAST(e.payload AS text) FROM webhook_events e
                        JOIN webhook_endpoints w ON w.account_id = e.account_id AND w.id = e.endpoint_id
                        WHERE w.url = 'http://127.0.0.1:9/hooks'
                          AND CAST(e.payload AS text) LIKE '%' || ? || '%' ORDER BY e.seq""")
                .param(report.get("id").asString())
                .query(String.class)
                .list();
        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .startsWith("bank_return.imported")
                        .contains("\"paid\": 1", "\"format\": \"CNAB400\"", "\"bank\": \"001\""));
    }

    @Test
    void itau_cnab400_pays_two_records_a_dda_allegation_in_history_and_leaves_an_unknown_title_unmatched() {
        String method = merchant.paymentMethod("341", "0111", "12345", "109", null);
        String first = merchant.charge(method, 231327);
        String alleged = merchant.charge(method, 123442);
        String third = merchant.charge(method, 211842);
        byte[] file = peer("341-itau-cnab400.ret");

        JsonNode report = importAndWait(file);

        assertThat(report.get("lines").asInt()).isEqualTo(4);
        assertThat(report.get("paid").asInt()).isEqualTo(2);
        assertThat(report.get("ignored").asInt()).isEqualTo(1);
        assertThat(report.get("unmatched").asInt()).isEqualTo(1);
        assertThat(item(report, 3).get("result").asString()).isEqualTo("IGNORED");
        assertThat(item(report, 3).get("occurrenceLabel").asString()).isEqualTo("Alegações do pagador (DDA)");
        assertThat(item(report, 5).get("result").asString()).isEqualTo("UNMATCHED");
        assertThat(charge(first).get("paidAmount").asLong()).isEqualTo(20997);
        assertThat(charge(first).get("paidAt").asString()).isEqualTo("2013-06-20");
        assertThat(charge(third).get("paidAmount").asLong()).isEqualTo(39209);
        assertThat(charge(alleged).get("status").asString()).isIn("PENDING", "OVERDUE");
        assertThat(merchant.paidNotices(alleged)).isZero();
        JsonNode history = merchant.api
                .get("/charges/" + alleged + "/bank-occurrences")
                .json()
                .get("items");
        assertThat(history).singleElement().satisfies(h -> {
            assertThat(h.get("occurrence").asString()).isEqualTo("25");
            assertThat(h.get("result").asString()).isEqualTo("IGNORED");
        });
        assertThat(merchant.paidNotices(first)).isEqualTo(1);
        assertThat(merchant.paidNotices(third)).isEqualTo(1);
        secondImportChangesNothing(file, report, List.of(first, alleged, third));
    }

    @Test
    void the_same_settlements_in_other_bytes_are_already_paid() {
        String method = merchant.paymentMethod("341", "0111", "12345", "109", null);
        String first = merchant.charge(method, 231327);
        importAndWait(peer("341-itau-cnab400.ret"));
        byte[] sameWithLf = new String(peer("341-itau-cnab400.ret"), StandardCharsets.ISO_8859_1)
                .replace("\r\n", "\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        JsonNode again = importAndWait(sameWithLf);

        assertThat(again.get("paid").asInt()).isZero();
        assertThat(again.get("alreadyPaid").asInt()).isEqualTo(1);
        assertThat(merchant.paidNotices(first)).isEqualTo(1);
    }

    @Test
    void bradesco_cnab400_pays_once_a_title_confirmed_then_settled_and_five_settled_after_write_off() {
        String method = merchant.paymentMethod("237", "1420", "16910-2", "09", null);
        List<String> charges = new ArrayList<>();
        for (long n : new long[] {9, 18, 19, 20, 21, 22}) charges.add(merchant.charge(method, n));
        byte[] file = peer("237-bradesco-cnab400.ret");

        JsonNode report = importAndWait(file);

        assertThat(report.get("lines").asInt()).isEqualTo(7);
        assertThat(report.get("paid").asInt()).isEqualTo(6);
        assertThat(report.get("ignored").asInt()).isEqualTo(1);
        assertThat(item(report, 2).get("result").asString()).isEqualTo("IGNORED");
        assertThat(item(report, 3).get("result").asString()).isEqualTo("PAID");
        JsonNode first = charge(charges.get(0));
        assertThat(first.get("paidAmount").asLong()).isEqualTo(500);
        assertThat(first.get("paidAt").asString()).isEqualTo("2012-04-11");
        for (String id : charges.subList(1, charges.size())) {
            assertThat(charge(id).get("status").asString()).isEqualTo("PAID");
            assertThat(charge(id).get("paidAmount").asLong()).isEqualTo(2);
            assertThat(merchant.paidNotices(id)).isEqualTo(1);
        }
        assertThat(merchant.paidNotices(charges.get(0))).isEqualTo(1);
        assertThat(merchant.api
                        .get("/charges/" + charges.get(0) + "/bank-occurrences")
                        .json()
                        .get("items"))
                .extracting(h -> h.get("occurrence").asString())
                .containsExactly("02", "06");
        secondImportChangesNothing(file, report, charges);
    }

    @Test
    void banco_do_brasil_cnab240_pays_its_titles_and_rejects_the_settlement_of_a_cancelled_charge() {
        String method = merchant.paymentMethod("001", "0328-6", "7536-7", "17", "3294860");
        List<String> charges = new ArrayList<>();
        for (long n : new long[] {196, 236, 244, 249, 5048}) charges.add(merchant.charge(method, n));
        assertThat(merchant.api
                        .post("/charges/" + charges.get(3) + "/cancellation", "{}")
                        .status())
                .isEqualTo(200);
        byte[] file = peer("001-bb-cnab240.ret");

        JsonNode report = importAndWait(file);

        assertThat(report.get("format").asString()).isEqualTo("CNAB240");
        assertThat(report.get("lines").asInt()).isEqualTo(5);
        assertThat(report.get("paid").asInt()).isEqualTo(4);
        assertThat(report.get("rejected")).singleElement().satisfies(r -> {
            assertThat(r.get("line").asInt()).isEqualTo(9);
            assertThat(r.get("result").asString()).isEqualTo("REJECTED");
        });
        long[] amounts = {4000, 3000, 1500, 0, 2880};
        for (int i = 0; i < charges.size(); i++) {
            JsonNode c = charge(charges.get(i));
            if (i == 3) {
                assertThat(c.get("status").asString()).isEqualTo("CANCELLED");
                continue;
            }
            assertThat(c.get("status").asString()).isEqualTo("PAID");
            assertThat(c.get("paidAmount").asLong()).isEqualTo(amounts[i]);
            assertThat(c.get("paidAt").asString()).isEqualTo("2011-03-21");
            assertThat(merchant.paidNotices(charges.get(i))).isEqualTo(1);
        }
        secondImportChangesNothing(file, report, charges);
    }

    @Test
    void santander_cnab240_confirms_the_entry_in_history_and_pays_the_settlement() {
        String method = merchant.paymentMethod("033", "3163", "13002862-5", "101", "7401949");
        String charge = merchant.charge(method, 140);
        byte[] file = peer("033-santander-cnab240.ret");

        JsonNode report = importAndWait(file);

        assertThat(report.get("lines").asInt()).isEqualTo(2);
        assertThat(item(report, 3).get("result").asString()).isEqualTo("IGNORED");
        assertThat(item(report, 5).get("result").asString()).isEqualTo("PAID");
        JsonNode paid = charge(charge);
        assertThat(paid.get("paidAmount").asLong()).isEqualTo(1000);
        assertThat(paid.get("paidAt").asString()).isEqualTo("2016-04-01");
        assertThat(merchant.paidNotices(charge)).isEqualTo(1);
        secondImportChangesNothing(file, report, List.of(charge));
    }

    @Test
    void caixa_cnab240_pays_eight_and_finds_one_already_paid_by_the_api() {
        String method = merchant.paymentMethod("104", "1234", "0", "SR", "043210");
        long[] numbers = {11136997, 11138197, 11137889, 11137125, 22247, 11136916, 11136898, 31999, 30572};
        long[] paidAmounts = {8000, 8000, 7000, 7000, 7000, 7000, 8000, 42000, 7000};
        List<String> charges = new ArrayList<>();
        for (long n : numbers) charges.add(merchant.charge(method, n));
        assertThat(merchant.api
                        .post("/charges/" + charges.get(0) + "/payments", Map.of("paidAt", "2014-01-05"))
                        .status())
                .isEqualTo(200);
        byte[] file = peer("104-caixa-cnab240.ret");

        JsonNode report = importAndWait(file);

        assertThat(report.get("paid").asInt()).isEqualTo(8);
        assertThat(report.get("alreadyPaid").asInt()).isEqualTo(1);
        assertThat(charge(charges.get(0)).get("paidAt").asString()).isEqualTo("2014-01-05");
        assertThat(merchant.paidNotices(charges.get(0))).isEqualTo(1);
        for (int i = 1; i < charges.size(); i++) {
            JsonNode c = charge(charges.get(i));
            assertThat(c.get("paidAmount").asLong()).as(c.toString()).isEqualTo(paidAmounts[i]);
            assertThat(c.get("paidAt").asString()).isEqualTo("2014-01-06");
            assertThat(merchant.paidNotices(charges.get(i))).isEqualTo(1);
        }
        secondImportChangesNothing(file, report, charges);
    }

    @Test
    void a_file_cut_in_the_middle_of_a_line_is_refused_with_its_line_and_nothing_is_paid() {
        String method = merchant.paymentMethod("341", "0111", "12345", "109", null);
        String first = merchant.charge(method, 231327);
        String text = new String(peer("341-itau-cnab400.ret"), StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("\n", text.indexOf("\n", text.indexOf("\n") + 1) + 1) + 1 + 150; // into line 4

        Api.Response refused = merchant.upload(text.substring(0, cut).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.field("status")).isEqualTo("REJECTED");
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("field").asString()).isEqualTo("amount");
        assertThat(charge(first).get("status").asString()).isIn("PENDING", "OVERDUE");
        assertThat(merchant.api.get("/bank-returns/" + refused.id()).field("status"))
                .isEqualTo("REJECTED");
    }

    @Test
    void a_file_with_a_letter_in_an_amount_is_refused_with_its_line_and_field() {
        String method = merchant.paymentMethod("001", "3344-8", "1111-3", "17", "1112245");
        String charge = merchant.charge(method, 290);
        char[] text = new String(peer("001-bb-cnab400.ret"), StandardCharsets.ISO_8859_1).toCharArray();
        int line2 = new String(text).indexOf('\n') + 1;
        text[line2 + 260] = 'x'; // inside the amount paid, 254–266

        Api.Response refused = merchant.upload(new String(text).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("line").asInt()).isEqualTo(2);
            assertThat(e.get("field").asString()).isEqualTo("amountPaid");
            assertThat(e.get("message").asString()).contains("'x'");
        });
        assertThat(charge(charge).get("status").asString()).isIn("PENDING", "OVERDUE");
    }

    @Test
    void a_multipart_upload_keeps_the_file_name() {
        String method = merchant.paymentMethod("033", "3163", "13002862-5", "101", "7401949");
        String charge = merchant.charge(method, 140);

        Api.Response accepted = merchant.uploadMultipart("CNAB240SANTANDER.RET", peer("033-santander-cnab240.ret"));

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode report = merchant.completed(accepted.id());
        assertThat(report.get("fileName").asString()).isEqualTo("CNAB240SANTANDER.RET");
        assertThat(charge(charge).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void hostile_bodies_get_problem_details_never_a_500() {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(11).nextBytes(garbage);
        List<Api.Response> answers = List.of(
                merchant.upload(new byte[0]),
                merchant.upload(garbage, "application/octet-stream"),
                merchant.upload("A".repeat(10 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII)),
                merchant.upload("{\"file\": 1}".getBytes(StandardCharsets.US_ASCII), "application/json"),
                merchant.upload(garbage, "multipart/form-data; boundary=xyz"),
                merchant.uploadMultipart("vazio.ret", new byte[0]),
                merchant.uploadMultipart("grande.ret", new byte[21 * 1024 * 1024]),
                merchant.upload(new byte[33 * 1024 * 1024]));
        for (Api.Response answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        }
        assertThat(merchant.api.get("/bank-returns/not-an-id").status()).isEqualTo(404);
        assertThat(merchant.api
                        .get("/bank-returns/" + java.util.UUID.randomUUID() + "/lines")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void another_accounts_import_is_not_found_and_its_file_pays_nothing_here() {
        String method = merchant.paymentMethod("001", "3344-8", "1111-3", "17", "1112245");
        String charge = merchant.charge(method, 290);
        Tenant other = newTenant();
        ReturnFiles intruder = new ReturnFiles(other.api(), port, tokenOf(other), jdbc);

        JsonNode theirs =
                intruder.completed(intruder.upload(peer("001-bb-cnab400.ret")).id());

        assertThat(theirs.get("unmatched").asInt()).isEqualTo(1);
        assertThat(charge(charge).get("status").asString()).isIn("PENDING", "OVERDUE");
        String id = theirs.get("id").asString();
        assertThat(merchant.api.get("/bank-returns/" + id).status()).isEqualTo(404);
        assertThat(merchant.api.get("/bank-returns/" + id + "/lines").status()).isEqualTo(404);
        assertThat(merchant.api.get("/bank-returns").json().get("items")).isEmpty();
        assertThat(intruder.api.get("/charges/" + charge + "/bank-occurrences").status())
                .isEqualTo(404);
        // the same bytes are a new import in this account
        assertThat(merchant.upload(peer("001-bb-cnab400.ret")).status()).isEqualTo(202);
    }

    @Test
    void the_lines_of_a_report_page_in_file_order() {
        String method = merchant.paymentMethod("104", "1234", "0", "SR", "043210");
        JsonNode report = importAndWait(peer("104-caixa-cnab240.ret"));
        String id = report.get("id").asString();

        JsonNode first =
                merchant.api.get("/bank-returns/" + id + "/lines?limit=4").json();
        JsonNode second = merchant.api
                .get("/bank-returns/" + id + "/lines?limit=4&cursor="
                        + first.get("next").asString())
                .json();

        assertThat(first.get("items")).extracting(i -> i.get("line").asInt()).containsExactly(3, 5, 7, 9);
        assertThat(second.get("items")).extracting(i -> i.get("line").asInt()).containsExactly(11, 13, 15, 17);
        assertThat(first.get("items").get(0).get("result").asString()).isEqualTo("UNMATCHED");
        assertThat(method).isNotNull();
    }

    @Test
    void an_import_left_processing_by_a_restart_is_resumed_and_applied_once() {
        String method = merchant.paymentMethod("033", "3163", "13002862-5", "101", "7401949");
        String charge = merchant.charge(method, 140);
        byte[] file = peer("033-santander-cnab240.ret");
        java.util.UUID account = java.util.UUID.fromString(jdbc.sql("SELECT account_id FROM charges WHERE id = ?")
                .param(java.util.UUID.fromString(charge))
                .query(String.class)
                .single());
        java.util.UUID id = br.com.regua.shared.Ids.next();
        // what an instance killed between the upload's commit and the background step leaves behind
        transactions.executeWithoutResult(tx -> {
            ParsedReturn parsed = ReturnFileReader.read(file);
            rows.insert(
                    account,
                    new BankReturnRows.NewImport(
                            id,
                            BankReturns.sha256(file),
                            "stuck.ret",
                            file.length,
                            BankReturnStatus.PROCESSING,
                            parsed,
                            List.of()));
            rows.stage(account, id, parsed.titles());
        });
        assertThat(merchant.api.get("/bank-returns/" + id).field("status")).isEqualTo("PROCESSING");

        bankReturns.resume();
        bankReturns.resume();

        JsonNode report = merchant.completed(id.toString());
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("paid").asInt()).isEqualTo(1);
        assertThat(charge(charge).get("status").asString()).isEqualTo("PAID");
        assertThat(merchant.paidNotices(charge)).isEqualTo(1);
    }

    @Test
    void a_nosso_numero_kept_with_leading_zeros_matches_the_title() {
        String method = merchant.paymentMethod("341", "0111", "12345", "109", null);
        String charge = merchant.charge(method, 231327);
        jdbc.sql("UPDATE charges SET nosso_numero = '00231327' WHERE id = ?")
                .param(java.util.UUID.fromString(charge))
                .update();

        JsonNode report = importAndWait(peer("341-itau-cnab400.ret"));

        assertThat(item(report, 2).get("result").asString()).isEqualTo("PAID");
        assertThat(charge(charge).get("paidAmount").asLong()).isEqualTo(20997);
    }
}
