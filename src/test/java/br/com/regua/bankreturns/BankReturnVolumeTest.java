package br.com.regua.bankreturns;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A bank's big day: a CNAB 400 file of 50,000 settlements against 50,000 open charges. */
class BankReturnVolumeTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(BankReturnVolumeTest.class);
    private static final int TITLES = Integer.getInteger("bankreturns.titles", 2_000);

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_file_of_fifty_thousand_titles_imports_in_the_background() {
        Tenant tenant = newTenant();
        ReturnFiles merchant = new ReturnFiles(tenant.api(), port, token(tenant.api()), jdbc);
        String method = merchant.paymentMethod("341", "0111", "12345", "109", null);
        jdbc.sql("""
                INSERT INTO charges (account_id, id, customer_id, service_id, payment_method_id, amount, due_date,
                                     effective_due_date, status, nosso_numero)
                SELECT ?, gen_random_uuid(), ?, ?, ?, 15990, DATE '2027-01-10', DATE '2027-01-10', 'PENDING',
                       (1000000 + g)::text
                FROM generate_series(1, ?) g""")
                .params(
                        tenant.id(),
                        UUID.fromString(merchant.customerId),
                        UUID.fromString(merchant.serviceId),
                        UUID.fromString(method),
                        TITLES)
                .update();
        byte[] file = itauFile(TITLES);

        long started = System.nanoTime();
        Api.Response accepted = merchant.upload(file);
        long answered = System.nanoTime();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode report = merchant.completed(accepted.id(), Duration.ofMinutes(20));
        long done = System.nanoTime();

        log.info(
                "{} titles ({} bytes): upload answered in {} ms, applied {} ms later",
                TITLES,
                file.length,
                (answered - started) / 1_000_000,
                (done - answered) / 1_000_000);
        assertThat(report.get("lines").asInt()).isEqualTo(TITLES);
        assertThat(report.get("paid").asInt()).isEqualTo(TITLES);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM charges WHERE account_id = ? AND status = 'PAID' AND paid_amount = 15990")
                        .param(tenant.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(TITLES);
        // every charge's payment confirmation queued once, in the import's transaction
        assertThat(jdbc.sql("SELECT count(*), count(DISTINCT charge_id) FROM notifications"
                                + " WHERE account_id = ? AND source = 'PAYMENT_CONFIRMATION'")
                        .param(tenant.id())
                        .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2))
                        .single())
                .isEqualTo(TITLES + "/" + TITLES);
    }

    /** Itaú CNAB 400: header, one settlement (06) per title of nosso número 1000001…, trailer. */
    static byte[] itauFile(int titles) {
        StringBuilder file = new StringBuilder((titles + 2) * 402);
        file.append(pad(
                        "02RETORNO01COBRANCA       011100123450        PROVEDOR EXEMPLO              341BANCO ITAU S.A.040127",
                        394))
                .append("000001\r\n");
        for (int i = 1; i <= titles; i++) {
            String nn = String.format("%08d", 1_000_000 + i);
            StringBuilder line = new StringBuilder(" ".repeat(400));
            put(line, 1, "10209361352000321011100123450");
            put(line, 63, nn);
            put(line, 83, "109" + nn + "0");
            put(line, 108, "I06020127");
            put(line, 147, "100127" + String.format("%013d", 15990) + "341011100");
            put(line, 176, String.format("%013d", 333));
            put(line, 215, "0".repeat(78));
            put(line, 254, String.format("%013d", 15990));
            put(line, 296, "030127");
            put(line, 395, String.format("%06d", i + 1));
            file.append(line).append("\r\n");
        }
        file.append(pad("9201341", 394))
                .append(String.format("%06d", titles + 2))
                .append("\r\n");
        return file.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static void put(StringBuilder line, int position, String value) {
        line.replace(position - 1, position - 1 + value.length(), value);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String token(Api api) {
        try {
            var field = Api.class.getDeclaredField("token");
            field.setAccessible(true);
            return (String) field.get(api);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
