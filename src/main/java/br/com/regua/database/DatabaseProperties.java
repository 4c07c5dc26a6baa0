package br.com.regua.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Régua keeps its data: an external PostgreSQL when {@code url} is set, else an embedded one. */
@ConfigurationProperties("regua.database")
record DatabaseProperties(String url, String user, String password) {

    /** Accepts both {@code jdbc:postgresql://…} and the libpq form {@code postgresql://…}. */
    String jdbcUrl() {
        if (url.startsWith("postgres://")) return "jdbc:postgresql://" + url.substring("postgres://".length());
        if (url.startsWith("postgresql://")) return "jdbc:" + url;
        return url;
    }
}
