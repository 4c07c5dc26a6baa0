package br.com.regua.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer's invoice link: the slip while the charge is open, a notice once it closed, then gone. */
class InvoiceLinkTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    @Autowired
    ChargeInvoices invoices;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    Api.Response charge;
    String path;

    @BeforeEach
    void aChargeWithItsLink() {
        tenant = newTenant();
        charge = Billing.in(tenant.api()).charge(LocalDate.of(2027, 1, 15));
        path = URI.create(invoices.link(tenant.id(), chargeId()).orElseThrow()).getPath();
    }

    @Test
    void an_open_charge_link_serves_the_slip() throws Exception {
        HttpResponse<byte[]> open = get(path);

        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(Pdfs.text(open.body())).contains(charge.field("digitableLine"));
    }

    @Test
    void a_paid_charge_link_says_when_it_was_paid_and_offers_nothing_to_pay() throws Exception {
        assertThat(tenant.api()
                        .post("/charges/" + charge.id() + "/payments", Map.of("paidAt", "2026-12-05"))
                        .status())
                .isEqualTo(200);

        HttpResponse<byte[]> paid = get(path);

        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(paid.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String page = text(paid);
        assertThat(page).contains("Esta cobrança foi paga em 05/12/2026");
        assertThat(page).doesNotContain(charge.field("digitableLine"), charge.field("barcode"), "%PDF");
    }

    @Test
    void a_cancelled_charge_link_says_it_was_cancelled_and_offers_nothing_to_pay() throws Exception {
        var bolix = Fixtures.aBoletoPaymentMethod();
        bolix.put("kind", "BOLIX");
        bolix.put("pix", Map.of("key", "cobranca@provedor.com.br", "city", "São Paulo"));
        Api api = tenant.api();
        String method = api.post("/payment-methods", bolix).id();
        Api.Response withPix = api.post(
                "/charges", Fixtures.aCharge(charge.field("customerId"), null, method, LocalDate.of(2027, 1, 15)));
        String link = URI.create(invoices.link(tenant.id(), UUID.fromString(withPix.id()))
                        .orElseThrow())
                .getPath();
        assertThat(api.post("/charges/" + withPix.id() + "/cancellation", Map.of())
                        .status())
                .isEqualTo(200);

        HttpResponse<byte[]> cancelled = get(link);

        assertThat(cancelled.statusCode()).isEqualTo(200);
        String page = text(cancelled);
        assertThat(page).contains("Esta cobrança foi cancelada em");
        assertThat(page).doesNotContain(withPix.field("digitableLine"), withPix.field("pixCopyPaste"), "%PDF");
    }

    @Test
    void a_link_answers_gone_180_days_after_the_charge_was_paid() throws Exception {
        tenant.api().post("/charges/" + charge.id() + "/payments", Map.of());
        LocalDate today = LocalDate.now(clock.withZone(SAO_PAULO));

        setPaidAt(today.minusDays(180));
        assertThat(get(path).statusCode()).isEqualTo(200);

        setPaidAt(today.minusDays(181));
        HttpResponse<byte[]> gone = get(path);

        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(text(gone)).contains("Este link expirou").doesNotContain(charge.field("digitableLine"));
    }

    @Test
    void a_link_answers_gone_180_days_after_the_charge_was_cancelled() throws Exception {
        tenant.api().post("/charges/" + charge.id() + "/cancellation", Map.of());

        jdbc.sql("UPDATE charges SET cancelled_at = ? WHERE account_id = ? AND id = ?")
                .params(Timestamp.from(clock.instant().minus(181, ChronoUnit.DAYS)), tenant.id(), chargeId())
                .update();

        assertThat(get(path).statusCode()).isEqualTo(410);
    }

    @Test
    void the_document_date_is_the_day_the_charge_was_created_in_the_account_zone() {
        // 23:30 in São Paulo on 10 Dec is already 11 Dec in UTC
        Instant lateEvening = OffsetDateTime.parse("2026-12-10T23:30:00-03:00").toInstant();
        jdbc.sql("UPDATE charges SET created_at = ? WHERE account_id = ? AND id = ?")
                .params(Timestamp.from(lateEvening), tenant.id(), chargeId())
                .update();

        String text = Pdfs.text(invoices.pdf(tenant.id(), chargeId()).orElseThrow());

        assertThat(text).contains("10/12/2026").doesNotContain("11/12/2026");
    }

    private void setPaidAt(LocalDate date) {
        jdbc.sql("UPDATE charges SET paid_at = ? WHERE account_id = ? AND id = ?")
                .params(date, tenant.id(), chargeId())
                .update();
    }

    /** The page as a person reads it: without its tags, spaces folded. */
    private static String text(HttpResponse<byte[]> page) {
        return new String(page.body(), StandardCharsets.UTF_8)
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", " ");
    }

    private UUID chargeId() {
        return UUID.fromString(charge.id());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
