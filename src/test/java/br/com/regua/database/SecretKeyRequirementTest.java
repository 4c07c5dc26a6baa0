package br.com.regua.database;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.IntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances on one external database must share REGUA_SECRET_KEY: one that would generate a key of
 * its own refuses to start, in a real JVM of its own, before it touches the database.
 */
class SecretKeyRequirementTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void an_instance_on_an_external_database_without_a_secret_key_refuses_to_start() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "no-key-");
        Path output = dataDir.resolve("output.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx256m", "-cp", applicationClassPath(), "br.com.regua.Regua"));
        command.addAll(List.of(
                "--server.port=0",
                "--regua.data-dir=" + dataDir,
                "--regua.dispatch.enabled=false",
                "--db-scheduler.enabled=false"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().remove("REGUA_SECRET_KEY");
        builder.environment().put("REGUA_DATABASE_URL", ((HikariDataSource) dataSource).getJdbcUrl());
        builder.environment().put("REGUA_DATABASE_USER", "postgres");

        Process child = builder.start();
        try {
            boolean exited = child.waitFor(60, TimeUnit.SECONDS);
            String printed = Files.readString(output, StandardCharsets.UTF_8);

            assertThat(exited)
                    .as("the instance should have refused to start; it printed:%n%s", printed)
                    .isTrue();
            assertThat(child.exitValue()).isNotZero();
            assertThat(printed).contains("REGUA_SECRET_KEY").contains("REGUA_DATABASE_URL");
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void the_embedded_default_generates_and_keeps_its_own_key() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "own-key-");
        try (var first = EmbeddedDatabaseRestartTest.start(dataDir)) {
            assertThat(first.isActive()).isTrue();
        }
        Path key = dataDir.resolve("secret.key");
        assertThat(key).exists();
        String generated = Files.readString(key);
        assertThat(generated).isNotBlank();

        try (var second = EmbeddedDatabaseRestartTest.start(dataDir)) {
            assertThat(second.isActive()).isTrue();
        }
        assertThat(Files.readString(key)).isEqualTo(generated);
    }

    /** The application's classes and libraries, as Surefire gives them, without the tests'. */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
