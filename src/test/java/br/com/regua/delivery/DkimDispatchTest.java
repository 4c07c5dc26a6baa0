package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Dkim;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DKIM-signed notices through the dispatcher and a real SMTP server, checked as a receiving
 * server would: by an independent verifier that finds the public key in the DNS the merchant
 * published (here, a map of TXT records).
 */
class DkimDispatchTest extends IntegrationTest {

    static final String RECORD = "regua1._domainkey.provedor.com.br";
    static KeyPair key;

    @Autowired
    Dispatcher dispatcher;

    SmtpServer smtp;
    Tenant tenant;
    String sender;
    String customer;
    String service;
    String method;
    String routine;

    @BeforeAll
    static void generateKey() {
        key = Dkim.rsa(2048);
    }

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        SmtpDunning dunning = SmtpDunning.at(api(), smtp.port());
        sender = dunning.sender();
        method = dunning.method();
        routine = dunning.routine();
        customer = api().post("/customers", Fixtures.aCustomer()).id();
        service = api().post("/customers/" + customer + "/services", Fixtures.aService())
                .id();
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    Api api() {
        return tenant.api();
    }

    Api.Response signWith(KeyPair pair) {
        Api.Response set = api().put(
                        "/senders/" + sender + "/dkim",
                        Map.of(
                                "dkimDomain",
                                "provedor.com.br",
                                "dkimSelector",
                                "regua1",
                                "dkimPrivateKey",
                                Dkim.pkcs8Pem(pair)));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        return set;
    }

    /** One overdue notice planned and dispatched; the bytes the SMTP server received. */
    byte[] sendOneNotice(LocalDate dueDate, String routineDate) {
        api().post("/charges", Fixtures.aCharge(customer, service, method, dueDate));
        Api.Response run = api().post("/routines/" + routine + "/runs", Map.of("date", routineDate));
        assertThat(run.field("status")).as(run.toString()).isEqualTo("COMPLETED");
        int before = smtp.raw().size();
        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);
        assertThat(smtp.raw()).hasSize(before + 1);
        return smtp.raw().get(before);
    }

    static String text(byte[] message) {
        return new String(message, StandardCharsets.US_ASCII);
    }

    static byte[] bytes(String message) {
        return message.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void a_dkim_signed_notice_verifies_against_the_published_key() {
        signWith(key);

        byte[] received = sendOneNotice(LocalDate.of(2021, 2, 20), "2021-03-05");

        Dkim.Verdict verdict = Dkim.verify(received, Map.of(RECORD, Dkim.txt(key)));
        assertThat(verdict.pass()).as(verdict.reason()).isTrue();
        var signature = verdict.signatures().get(0);
        assertThat(signature.getDToken()).hasToString("provedor.com.br");
        assertThat(signature.getSelector()).hasToString("regua1");
        assertThat(signature.getHashKeyType() + "-" + signature.getHashMethod()).isEqualTo("rsa-sha256");
        assertThat(signature.getHeaderCanonicalisationMethod()).isEqualTo("relaxed");
        assertThat(signature.getBodyCanonicalisationMethod()).isEqualTo("relaxed");
        assertThat(signature.getHeaders().stream().map(h -> h.toString().toLowerCase()))
                .containsExactlyInAnyOrder(
                        "from",
                        "to",
                        "subject",
                        "date",
                        "message-id",
                        "mime-version",
                        "content-type",
                        "list-unsubscribe",
                        "list-unsubscribe-post");
        // What relays do on the way (a Received header on top, spaces in a header, trailing
        // spaces on a line, empty lines at the end) is what relaxed canonicalisation forgives.
        String relayed = "Received: from relay.example.net by mx.example.com; Fri, 5 Mar 2021 08:10:00 -0300\r\n"
                + text(received)
                        .replace("\r\nSubject: ", "\r\nSubject:  \t")
                        .replaceFirst("\r\n\r\n([^\r]*)\r\n", "\r\n\r\n$1 \t \r\n")
                + "\r\n\r\n";
        assertThat(Dkim.verify(bytes(relayed), Map.of(RECORD, Dkim.txt(key))).pass())
                .as(relayed)
                .isTrue();
    }

    @Test
    void an_altered_body_or_subject_fails_dkim_verification() {
        signWith(key);
        String received = text(sendOneNotice(LocalDate.of(2021, 2, 20), "2021-03-05"));
        assertThat(received).contains("Maria");

        String body = received.substring(received.indexOf("\r\n\r\n"));
        String headers = received.substring(0, received.indexOf("\r\n\r\n"));
        String alteredBody = headers + body.replaceFirst("Maria", "Mario");
        String alteredSubject = received.replaceFirst("\r\nSubject: ", "\r\nSubject: URGENTE ");
        String anotherKey = Dkim.txt(Dkim.rsa(1024));

        Dkim.Verdict bodyVerdict = Dkim.verify(bytes(alteredBody), Map.of(RECORD, Dkim.txt(key)));
        assertThat(bodyVerdict.pass()).isFalse();
        assertThat(bodyVerdict.reason()).containsIgnoringCase("body");
        assertThat(Dkim.verify(bytes(alteredSubject), Map.of(RECORD, Dkim.txt(key)))
                        .pass())
                .isFalse();
        assertThat(Dkim.verify(bytes(received), Map.of(RECORD, anotherKey)).pass())
                .isFalse();
        assertThat(Dkim.verify(bytes(received), Map.of(RECORD, Dkim.txt(key))).pass())
                .isTrue();
    }

    @Test
    void a_sender_without_dkim_sends_no_dkim_signature() {
        byte[] received = sendOneNotice(LocalDate.of(2021, 2, 20), "2021-03-05");

        assertThat(text(received)).doesNotContainIgnoringCase("DKIM-Signature");
        assertThat(Dkim.verify(received, Map.of(RECORD, Dkim.txt(key))).reason())
                .isEqualTo("no DKIM-Signature");
    }

    @Test
    void a_new_key_signs_the_next_notice_and_removing_dkim_stops_signing() {
        signWith(key);
        sendOneNotice(LocalDate.of(2021, 2, 20), "2021-03-05");
        KeyPair rotated = Dkim.rsa(2048);
        Api.Response replaced = signWith(rotated);
        assertThat(replaced.json()
                        .get("dkim")
                        .get("publicKeyDnsRecord")
                        .get("value")
                        .asString())
                .isEqualTo(Dkim.txt(rotated));

        byte[] signedWithTheNewKey = sendOneNotice(LocalDate.of(2021, 2, 24), "2021-03-09");

        assertThat(Dkim.verify(signedWithTheNewKey, Map.of(RECORD, Dkim.txt(rotated)))
                        .pass())
                .isTrue();
        assertThat(Dkim.verify(signedWithTheNewKey, Map.of(RECORD, Dkim.txt(key)))
                        .pass())
                .isFalse();

        Api.Response removed = api().send("DELETE", "/senders/" + sender + "/dkim", null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().get("dkim").get("enabled").asBoolean()).isFalse();
        byte[] unsigned = sendOneNotice(LocalDate.of(2021, 2, 25), "2021-03-10");
        assertThat(text(unsigned)).doesNotContainIgnoringCase("DKIM-Signature");
    }

    @Test
    void the_sender_test_mail_is_signed_too() {
        signWith(key);

        Api.Response result = api().post("/senders/" + sender + "/test", Map.of("to", "eu@provedor.com.br"));

        assertThat(result.json().get("success").asBoolean())
                .as(result.toString())
                .isTrue();
        Dkim.Verdict verdict = Dkim.verify(smtp.raw().get(0), Map.of(RECORD, Dkim.txt(key)));
        assertThat(verdict.pass()).as(verdict.reason()).isTrue();
    }
}
