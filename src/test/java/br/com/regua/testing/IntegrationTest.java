package br.com.regua.testing;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of every test that needs the running application: one Spring context for the whole suite,
 * on a real embedded PostgreSQL in a fresh folder, serving real HTTP on a random port. Tests
 * isolate themselves by working in an account of their own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "regua.data-dir=target/it-data/${random.uuid}",
            "regua.operator-token=" + IntegrationTest.OPERATOR_TOKEN,
            "regua.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "regua.bootstrap-api-key=" + IntegrationTest.BOOTSTRAP_API_KEY,
            // tests look at the outbox as the planner left it, and dispatch by hand
            "regua.dispatch.enabled=false",
            "regua.public-url=https://cobranca.provedor.com.br",
        })
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    public static final String OPERATOR_TOKEN = "test-operator-token";
    public static final String ADMIN_PASSWORD = "admin-test-password";
    public static final String BOOTSTRAP_API_KEY = "test-bootstrap-api-key";

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** The operator's client, for creating accounts. */
    protected Api operator() {
        return new Api(port, OPERATOR_TOKEN);
    }

    /** A client for a brand-new account of its own. */
    protected Api newAccount() {
        return newAccount("Provedor " + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    protected Api newAccount(String name) {
        return newTenant(name).api();
    }

    /** An account of its own with its id, for tests that call facades directly. */
    protected Tenant newTenant() {
        return newTenant("Provedor " + java.util.UUID.randomUUID().toString().substring(0, 8));
    }

    protected Tenant newTenant(String name) {
        Api.Response created = operator().post("/accounts", java.util.Map.of("name", name));
        if (created.status() != 201) throw new IllegalStateException("account not created: " + created);
        return new Tenant(java.util.UUID.fromString(created.id()), new Api(port, created.field("apiKey")));
    }

    public record Tenant(java.util.UUID id, Api api) {}
}
