package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Dkim;
import br.com.regua.testing.IntegrationTest;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** DKIM signing settings of an SMTP sender: the private key is write-only and encrypted at rest. */
class DkimSendersApiTest extends IntegrationTest {

    static KeyPair key;
    static String pem;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SenderConfigs configs;

    Tenant tenant;

    @BeforeAll
    static void generateKey() {
        key = Dkim.rsa(2048);
        pem = Dkim.pkcs8Pem(key);
    }

    @BeforeEach
    void setUp() {
        tenant = newTenant();
    }

    @Test
    void a_sender_with_dkim_shows_the_dns_record_to_publish_and_never_its_private_key() {
        Api.Response created = tenant.api().post("/senders", smtp("provedor.com.br", "Regua1", pem));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode dkim = created.json().get("dkim");
        assertThat(dkim.get("enabled").asBoolean()).isTrue();
        assertThat(dkim.get("domain").asString()).isEqualTo("provedor.com.br");
        assertThat(dkim.get("selector").asString()).isEqualTo("regua1");
        JsonNode record = dkim.get("publicKeyDnsRecord");
        assertThat(record.get("name").asString()).isEqualTo("regua1._domainkey.provedor.com.br");
        assertThat(record.get("type").asString()).isEqualTo("TXT");
        assertThat(record.get("value").asString()).isEqualTo(Dkim.txt(key));

        String id = created.id();
        Api.Response dkimOnly = tenant.api().get("/senders/" + id + "/dkim");
        assertThat(dkimOnly.status()).isEqualTo(200);
        assertThat(dkimOnly.json().get("publicKeyDnsRecord").get("value").asString())
                .isEqualTo(Dkim.txt(key));
        for (Api.Response shown : new Api.Response[] {
            created, tenant.api().get("/senders/" + id), tenant.api().get("/senders"), dkimOnly
        }) {
            assertThat(shown.text()).doesNotContain("PRIVATE KEY").doesNotContain(privateKeyMaterial());
            assertThat(shown.json().findValue("dkimPrivateKey")).isNull();
        }
    }

    @Test
    void the_private_key_is_stored_encrypted_and_delivery_gets_it_back() {
        String id = tenant.api()
                .post("/senders", smtp("provedor.com.br", "regua1", pem))
                .id();

        String stored = jdbc.sql("SELECT dkim_private_key_encrypted FROM senders WHERE account_id = ? AND id = ?")
                .params(tenant.id(), UUID.fromString(id))
                .query(String.class)
                .single();

        assertThat(stored).startsWith("v1:").doesNotContain("PRIVATE KEY").doesNotContain(privateKeyMaterial());
        SenderConfig.Dkim dkim =
                configs.find(tenant.id(), UUID.fromString(id)).orElseThrow().dkim();
        assertThat(dkim.domain()).isEqualTo("provedor.com.br");
        assertThat(dkim.selector()).isEqualTo("regua1");
        assertThat(dkim.privateKeyPem()).isEqualTo(pem.strip());
        assertThat(dkim.toString()).doesNotContain(privateKeyMaterial());
    }

    @Test
    void a_pkcs1_key_is_accepted_and_gives_the_same_record() {
        Api.Response created = tenant.api().post("/senders", smtp("provedor.com.br", "regua1", Dkim.pkcs1Pem(key)));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json()
                        .get("dkim")
                        .get("publicKeyDnsRecord")
                        .get("value")
                        .asString())
                .isEqualTo(Dkim.txt(key));
    }

    @Test
    void a_parent_of_the_from_domain_signs_but_another_domain_does_not() {
        var sub = smtp("provedor.com.br", "regua1", pem);
        sub.put("fromAddress", "cobranca@mail.provedor.com.br");
        assertThat(tenant.api().post("/senders", sub).status()).isEqualTo(201);

        assertThat(refused(smtp("outro.com.br", "regua1", pem))).isEqualTo("dkimDomain");
        // a suffix of the From domain that is not a parent of it
        assertThat(refused(smtp("edor.com.br", "regua1", pem))).isEqualTo("dkimDomain");
        var parentFrom = smtp("mail.provedor.com.br", "regua1", pem);
        assertThat(refused(parentFrom)).isEqualTo("dkimDomain");
        assertThat(refused(smtp("provedor com br", "regua1", pem))).isEqualTo("dkimDomain");
        assertThat(refused(smtp("provedor.com.br", "regua_1", pem))).isEqualTo("dkimSelector");
    }

    @Test
    void an_invalid_private_key_is_a_400_naming_dkim_private_key() {
        Api.Response garbage = tenant.api().post("/senders", smtp("provedor.com.br", "regua1", "não é uma chave"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.errorFields()).containsExactly("dkimPrivateKey");
        assertThat(garbage.text()).contains("chave privada RSA em PEM inválida");

        String truncated = pem.substring(0, pem.length() / 2) + "\n-----END PRIVATE KEY-----\n";
        assertThat(refused(smtp("provedor.com.br", "regua1", truncated))).isEqualTo("dkimPrivateKey");
        String publicKey = Dkim.pem("PUBLIC KEY", key.getPublic().getEncoded());
        assertThat(refused(smtp("provedor.com.br", "regua1", publicKey))).isEqualTo("dkimPrivateKey");
        assertThat(refused(smtp("provedor.com.br", "regua1", Dkim.pkcs8Pem(Dkim.rsa(512)))))
                .isEqualTo("dkimPrivateKey");
        assertThat(refused(smtp("provedor.com.br", "regua1", Dkim.pkcs8Pem(ecKey()))))
                .isEqualTo("dkimPrivateKey");
        String encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQww\n"
                + "-----END ENCRYPTED PRIVATE KEY-----\n";
        Api.Response locked = tenant.api().post("/senders", smtp("provedor.com.br", "regua1", encrypted));
        assertThat(locked.errorFields()).containsExactly("dkimPrivateKey");
        assertThat(locked.text()).contains("senha");
    }

    @Test
    void domain_selector_and_key_go_together_and_only_on_smtp_senders() {
        var noKey = smtp("provedor.com.br", "regua1", null);
        noKey.remove("dkimPrivateKey");
        assertThat(refused(noKey)).isEqualTo("dkimPrivateKey");
        var noSelector = smtp("provedor.com.br", "", pem);
        assertThat(refused(noSelector)).isEqualTo("dkimSelector");
        var noDomain = smtp(null, "regua1", pem);
        assertThat(refused(noDomain)).isEqualTo("dkimDomain");

        var sms = new HashMap<String, Object>(Map.of("name", "SMS", "channel", "SMS"));
        sms.putAll(Map.of("dkimDomain", "provedor.com.br", "dkimSelector", "regua1", "dkimPrivateKey", pem));
        assertThat(refused(sms)).isEqualTo("dkimDomain");
    }

    @Test
    void dkim_is_turned_on_replaced_and_removed_on_an_existing_sender() {
        var plain = smtp(null, null, null);
        String id = tenant.api().post("/senders", plain).id();
        assertThat(tenant.api()
                        .get("/senders/" + id)
                        .json()
                        .get("dkim")
                        .get("enabled")
                        .asBoolean())
                .isFalse();

        Api.Response on = tenant.api().put("/senders/" + id + "/dkim", dkim("provedor.com.br", "regua1", pem));
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        assertThat(on.json().get("dkim").get("enabled").asBoolean()).isTrue();

        KeyPair rotated = Dkim.rsa(1024);
        Api.Response replaced =
                tenant.api().put("/senders/" + id + "/dkim", dkim("provedor.com.br", "regua2", Dkim.pkcs8Pem(rotated)));
        assertThat(replaced.json()
                        .get("dkim")
                        .get("publicKeyDnsRecord")
                        .get("name")
                        .asString())
                .isEqualTo("regua2._domainkey.provedor.com.br");
        assertThat(replaced.json()
                        .get("dkim")
                        .get("publicKeyDnsRecord")
                        .get("value")
                        .asString())
                .isEqualTo(Dkim.txt(rotated));

        Api.Response misaligned = tenant.api().put("/senders/" + id + "/dkim", dkim("outro.com.br", "regua1", pem));
        assertThat(misaligned.status()).isEqualTo(400);
        assertThat(misaligned.errorFields()).containsExactly("dkimDomain");

        Api.Response off = tenant.api().send("DELETE", "/senders/" + id + "/dkim", null);
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("dkim").get("enabled").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT dkim_private_key_encrypted FROM senders WHERE account_id = ? AND id = ?")
                        .params(tenant.id(), UUID.fromString(id))
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(configs.find(tenant.id(), UUID.fromString(id)).orElseThrow().dkim())
                .isNull();

        Api.Response otherAccount =
                newAccount().put("/senders/" + id + "/dkim", dkim("provedor.com.br", "regua1", pem));
        assertThat(otherAccount.status()).isEqualTo(404);
    }

    /** A line from the middle of the key's base64: what must never be shown or stored in clear. */
    private static String privateKeyMaterial() {
        String base64 = Base64.getEncoder().encodeToString(key.getPrivate().getEncoded());
        return base64.substring(192, 256);
    }

    private static KeyPair ecKey() {
        try {
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(256);
            return ec.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String refused(Map<String, Object> body) {
        Api.Response response = tenant.api().post("/senders", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).hasSize(1);
        return response.errorFields().get(0);
    }

    private static Map<String, Object> dkim(String domain, String selector, String privateKey) {
        return Map.of("dkimDomain", domain, "dkimSelector", selector, "dkimPrivateKey", privateKey);
    }

    private static HashMap<String, Object> smtp(String domain, String selector, String privateKey) {
        var body = new HashMap<String, Object>(Map.of(
                "name", "Principal",
                "host", "127.0.0.1",
                "port", 2525,
                "fromAddress", "cobranca@provedor.com.br"));
        body.put("dkimDomain", domain);
        body.put("dkimSelector", selector);
        body.put("dkimPrivateKey", privateKey);
        return body;
    }
}
