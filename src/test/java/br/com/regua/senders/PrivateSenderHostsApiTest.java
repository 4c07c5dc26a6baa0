package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With several accounts and {@code regua.senders.allow-private=false}, a tenant cannot point a
 * sender at the operator's own network, nor use "Testar" to probe it.
 */
class PrivateSenderHostsApiTest extends IntegrationTest {

    private static final String SETTING = "private-sender-hosts-test";

    @Autowired
    ConfigurableEnvironment environment;

    Tenant tenant;
    String stored;

    @BeforeEach
    void refusePrivateHosts() {
        tenant = newTenant();
        // saved while the suite's setting (allow-private=true) still allowed it
        stored = tenant.api().post("/senders", smtp("127.0.0.1")).id();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(SETTING, Map.of("regua.senders.allow-private", "false")));
    }

    @AfterEach
    void restoreTheSuitesSetting() {
        environment.getPropertySources().remove(SETTING);
    }

    @Test
    void a_sender_on_a_private_loopback_or_link_local_address_is_refused_with_422_naming_host() {
        for (String host : List.of(
                "127.0.0.1",
                "localhost",
                "10.1.2.3",
                "192.168.0.10",
                "172.16.5.4",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "::1",
                "[::1]",
                "fd00::1",
                "fe80::1",
                "::ffff:10.0.0.1",
                "224.0.0.1")) {
            Api.Response created = tenant.api().post("/senders", smtp(host));
            Api.Response changed = tenant.api().put("/senders/" + stored, smtp(host));

            for (Api.Response response : List.of(created, changed)) {
                assertThat(response.status()).as(host + ": " + response).isEqualTo(422);
                assertThat(response.errorFields()).as(host).containsExactly("host");
            }
        }
        assertThat(tenant.api().get("/senders").json().get("items")).hasSize(1);
        Api.Response publicHost = tenant.api().post("/senders", smtp("200.160.2.3"));
        assertThat(publicHost.status()).as(publicHost.toString()).isEqualTo(201);
    }

    @Test
    void testing_a_sender_on_a_private_address_is_refused_before_connecting() {
        Api.Response tested = tenant.api().post("/senders/" + stored + "/test", Map.of("to", "eu@provedor.com.br"));

        assertThat(tested.status()).as(tested.toString()).isEqualTo(422);
        assertThat(tested.errorFields()).containsExactly("host");
        assertThat(tested.text()).doesNotContain("Connection refused", "Couldn't connect");
    }

    static Map<String, Object> smtp(String host) {
        return new HashMap<>(Map.of(
                "name", "Interno",
                "host", host,
                "port", 25,
                "security", "NONE",
                "fromAddress", "cobranca@provedor.com.br"));
    }
}
