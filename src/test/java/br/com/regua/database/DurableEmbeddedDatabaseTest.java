package br.com.regua.database;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default is a real database: what it acknowledged survives a crash. */
class DurableEmbeddedDatabaseTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_embedded_postgresql_flushes_commits_to_disk() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    private String setting(String name) {
        return jdbc.sql("SELECT current_setting(?)")
                .param(name)
                .query(String.class)
                .single();
    }
}
