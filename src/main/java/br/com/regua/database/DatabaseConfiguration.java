package br.com.regua.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    EmbeddedDatabase embeddedDatabase(@Value("${regua.data-dir}") Path dataDir) throws IOException {
        return EmbeddedDatabase.start(dataDir);
    }

    /** Depends on the embedded database, so Spring closes the pool before stopping PostgreSQL. */
    @Bean(destroyMethod = "close")
    @Conditional(NoExternalDatabase.class)
    DataSource embeddedDataSource(EmbeddedDatabase embedded) {
        HikariDataSource dataSource = pool();
        dataSource.setJdbcUrl(embedded.jdbcUrl());
        dataSource.setUsername("postgres");
        return dataSource;
    }

    @Bean(destroyMethod = "close")
    @Conditional(ExternalDatabase.class)
    DataSource externalDataSource(DatabaseProperties properties) {
        HikariDataSource dataSource = pool();
        dataSource.setJdbcUrl(properties.jdbcUrl());
        dataSource.setUsername(blankToNull(properties.user()));
        dataSource.setPassword(blankToNull(properties.password()));
        return dataSource;
    }

    private static HikariDataSource pool() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("regua");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static final class ExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("regua.database.url");
            return url != null && !url.isBlank();
        }
    }

    static final class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new ExternalDatabase().matches(context, metadata);
        }
    }
}
