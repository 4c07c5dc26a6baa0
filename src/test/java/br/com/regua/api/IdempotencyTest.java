package br.com.regua.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotencyTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    Api api;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        api = tenant.api();
    }

    @Test
    void a_claim_that_never_completed_expires_after_two_minutes() {
        // what an instance that died mid-request leaves behind: a claim without an answer
        jdbc.sql("INSERT INTO idempotency_keys (account_id, key, request_hash) VALUES (?, 'crash-1', 'x')")
                .param(tenant.id())
                .update();
        Api keyed = api.withHeader("Idempotency-Key", "crash-1");

        assertThat(keyed.post("/customers", Fixtures.aCustomer()).status()).isEqualTo(409);

        age("crash-1", "3 minutes");
        Api.Response anew = keyed.post("/customers", Fixtures.aCustomer());

        assertThat(anew.status()).isEqualTo(201);
        assertThat(anew.header("Idempotent-Replayed")).isNull();
        assertThat(api.get("/customers").json().get("items")).hasSize(1);
        Api.Response retry = keyed.post("/customers", Fixtures.aCustomer());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(anew.id());
    }

    @Test
    void a_completed_claim_still_replays_after_hours() {
        Api keyed = api.withHeader("Idempotency-Key", "done-1");
        String first = keyed.post("/customers", Fixtures.aCustomer()).id();

        age("done-1", "23 hours");
        Api.Response retry = keyed.post("/customers", Fixtures.aCustomer());

        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(first);
        assertThat(api.get("/customers").json().get("items")).hasSize(1);
    }

    private void age(String key, String by) {
        jdbc.sql("UPDATE idempotency_keys SET created_at = created_at - CAST(? AS interval)"
                        + " WHERE account_id = ? AND key = ?")
                .params(by, tenant.id(), key)
                .update();
    }

    @Test
    void a_retried_post_with_the_same_key_creates_once_and_answers_the_same() {
        Api keyed = api.withHeader("Idempotency-Key", "cliente-maria-1");

        Api.Response first = keyed.post("/customers", Fixtures.aCustomer());
        Api.Response retry = keyed.post("/customers", Fixtures.aCustomer());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(api.get("/customers").json().get("items")).hasSize(1);
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        Api keyed = api.withHeader("Idempotency-Key", "k-2");
        keyed.post("/customers", Fixtures.aCustomer());
        var other = Fixtures.aCustomer();
        other.put("name", "João Souza");

        Api.Response refused = keyed.post("/customers", other);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(api.get("/customers").json().get("items")).hasSize(1);
    }

    @Test
    void a_refused_request_is_replayed_as_refused() {
        Api keyed = api.withHeader("Idempotency-Key", "k-3");
        var bad = Fixtures.aCustomer();
        bad.put("document", "123");

        assertThat(keyed.post("/customers", bad).status()).isEqualTo(400);
        assertThat(keyed.post("/customers", bad).status()).isEqualTo(400);
    }

    @Test
    void keys_are_per_account() {
        Api other = newAccount();

        String mine = api.withHeader("Idempotency-Key", "shared-key")
                .post("/customers", Fixtures.aCustomer())
                .id();
        String theirs = other.withHeader("Idempotency-Key", "shared-key")
                .post("/customers", Fixtures.aCustomer())
                .id();

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(other.get("/customers/" + mine).status()).isEqualTo(404);
    }

    @Test
    void without_a_key_each_post_creates() {
        api.post("/customers", Fixtures.aCustomer());
        api.post("/customers", Fixtures.aCustomer());

        assertThat(api.get("/customers").json().get("items")).hasSize(2);
    }

    @Test
    void an_oversized_key_names_the_header() {
        Api.Response response =
                api.withHeader("Idempotency-Key", "k".repeat(300)).post("/customers", Fixtures.aCustomer());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("Idempotency-Key");
    }
}
