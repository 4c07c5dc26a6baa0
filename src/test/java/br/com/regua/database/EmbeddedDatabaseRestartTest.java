package br.com.regua.database;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.Regua;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in REGUA_DATA_DIR across restarts. */
class EmbeddedDatabaseRestartTest {

    @Test
    void data_survives_a_restart_on_the_embedded_database() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        String customerId;
        try (var first = start(dataDir)) {
            Api api = new Api(port(first), "restart-key");
            customerId = api.post("/customers", Fixtures.aCustomer()).id();
            assertThat(customerId).isNotNull();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();

        try (var second = start(dataDir)) {
            Api api = new Api(port(second), "restart-key");
            assertThat(api.get("/customers/" + customerId).field("name")).isEqualTo("Maria Silva");
        }
    }

    static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Regua.class)
                .run(
                        "--server.port=0",
                        "--regua.data-dir=" + dataDir,
                        "--regua.bootstrap-api-key=restart-key",
                        "--regua.admin-password=x",
                        "--db-scheduler.enabled=false");
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
