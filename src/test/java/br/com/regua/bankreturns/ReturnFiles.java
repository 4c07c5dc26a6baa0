package br.com.regua.bankreturns;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant who receives return files: an SMTP sender (so paid notices can be queued), a customer
 * with a service, and payment methods with the bank data of a file's header, all through the API;
 * charges get the nosso número a file carries by setting the method's next number first.
 */
final class ReturnFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Api api;
    final int port;
    final String token;
    final String senderId;
    final String customerId;
    final String serviceId;
    private final JdbcClient jdbc;

    ReturnFiles(Api api, int port, String token, JdbcClient jdbc) {
        this.api = api;
        this.port = port;
        this.token = token;
        this.jdbc = jdbc;
        this.senderId = created(api.post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "127.0.0.1",
                                "port", 2525,
                                "security", "NONE",
                                "fromAddress", "cobranca@provedor.com.br",
                                "fromName", "Provedor")))
                .id();
        this.customerId = created(api.post("/customers", Fixtures.aCustomer())).id();
        this.serviceId = created(api.post("/customers/" + customerId + "/services", Fixtures.aService()))
                .id();
    }

    String paymentMethod(String bank, String agency, String account, String wallet, String agreement) {
        Map<String, Object> boleto =
                new HashMap<>(Map.of("bank", bank, "agency", agency, "account", account, "wallet", wallet));
        if (agreement != null) boleto.put("agreement", agreement);
        return created(api.post(
                        "/payment-methods",
                        Map.of("name", "Boleto " + bank, "kind", "BOLETO", "senderId", senderId, "boleto", boleto)))
                .id();
    }

    /** A charge of the method whose nosso número is {@code nossoNumero}. */
    String charge(String paymentMethodId, long nossoNumero) {
        jdbc.sql("UPDATE payment_methods SET next_nosso_numero = ? WHERE id = ?")
                .params(nossoNumero, java.util.UUID.fromString(paymentMethodId))
                .update();
        var charge = Fixtures.aCharge(customerId, serviceId, paymentMethodId, java.time.LocalDate.of(2027, 1, 10));
        charge.put("notifyCustomer", false);
        Api.Response created = created(api.post("/charges", charge));
        if (!created.field("nossoNumero").equals(Long.toString(nossoNumero))) {
            throw new IllegalStateException("nosso número not taken: " + created);
        }
        return created.id();
    }

    /** POSTs the file as the body, as text/plain. */
    Api.Response upload(byte[] file) {
        return upload(file, "text/plain");
    }

    Api.Response upload(byte[] file, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank-returns"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        return send(request);
    }

    /** POSTs the file as the "file" part of a multipart form. */
    Api.Response uploadMultipart(String fileName, byte[] file) {
        String boundary = "----regua" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank-returns"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request);
    }

    /** The import's report once it is no longer PROCESSING. */
    JsonNode completed(String id, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Api.Response report = api.get("/bank-returns/" + id);
            if (report.status() != 200) throw new IllegalStateException(report.toString());
            if (!"PROCESSING".equals(report.field("status"))) return report.json();
            if (Instant.now().isAfter(deadline)) throw new IllegalStateException("still PROCESSING: " + report);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    JsonNode completed(String id) {
        return completed(id, Duration.ofSeconds(30));
    }

    long paidNotices(String chargeId) {
        JsonNode items =
                api.get("/charges/" + chargeId + "/notifications").json().get("items");
        long count = 0;
        for (JsonNode n : items)
            if ("PAYMENT_CONFIRMATION".equals(n.get("trigger").asString())) count++;
        return count;
    }

    private static Api.Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Api.Response(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Response created(Api.Response response) {
        if (response.status() != 201) throw new IllegalStateException(response.toString());
        return response;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
