package br.com.regua.database;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.Regua;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Régua instances started at the same moment on one empty external PostgreSQL: both come up,
 * the schema is migrated once, and there is one first account.
 */
class SharedDatabaseStartTest {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    @Test
    void two_instances_racing_on_one_empty_database_both_start() throws Exception {
        Path pgData = Files.createTempDirectory(Path.of("target"), "shared-pg-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(true)
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            // Two Spring Boot starts in one JVM at the same instant race on the shared logging
            // system ("Unable to find Spring Environment in logger context"); what is raced here
            // is the database, so these two leave logging as the suite set it up.
            String loggingSystem = System.getProperty(LOGGING_SYSTEM);
            System.setProperty(LOGGING_SYSTEM, "none");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<ConfigurableApplicationContext> start = () -> new SpringApplicationBuilder(Regua.class)
                        .run(
                                "--server.port=0",
                                "--regua.database.url=" + url,
                                "--regua.database.user=postgres",
                                "--regua.bootstrap-api-key=shared-key",
                                "--regua.secret-key=shared-secret-key",
                                "--regua.admin-password=x",
                                "--db-scheduler.enabled=false");
                starts.add(pool.submit(start));
            }
            List<ConfigurableApplicationContext> instances = new ArrayList<>();
            try {
                try {
                    for (var start : starts) instances.add(start.get());
                } finally {
                    if (loggingSystem == null) System.clearProperty(LOGGING_SYSTEM);
                    else System.setProperty(LOGGING_SYSTEM, loggingSystem);
                }

                for (var instance : instances) {
                    Api api = new Api(EmbeddedDatabaseRestartTest.port(instance), "shared-key");
                    assertThat(api.post("/customers", Fixtures.aCustomer()).status())
                            .isEqualTo(201);
                }
                JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
                assertThat(jdbc.sql("SELECT count(*) FROM accounts")
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                assertThat(jdbc.sql("SELECT count(*) FROM customers")
                                .query(Long.class)
                                .single())
                        .isEqualTo(2);
                assertThat(jdbc.sql("SELECT bool_and(success) FROM flyway_schema_history")
                                .query(Boolean.class)
                                .single())
                        .isTrue();
            } finally {
                instances.forEach(ConfigurableApplicationContext::close);
                pool.shutdown();
            }
        }
    }
}
