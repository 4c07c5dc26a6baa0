package br.com.regua.shared;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A page of a list: {@code {"items": [...], "next": <cursor or null>}}. */
public record Page<T>(List<T> items, String next) {

    /** Builds a page from {@code request.fetchSize()} rows fetched in id order. */
    public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, UUID> id) {
        if (rows.size() <= request.limit()) return new Page<>(rows, null);
        List<T> items = rows.subList(0, request.limit());
        return new Page<>(List.copyOf(items), PageRequest.encode(id.apply(items.get(items.size() - 1))));
    }

    /**
     * One page of an account's rows in id order: {@code select} is a SELECT … FROM table whose
     * rows carry {@code account_id} and {@code id}.
     */
    public static <T> Page<T> of(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            String select,
            UUID accountId,
            PageRequest request,
            org.springframework.jdbc.core.RowMapper<T> mapper,
            Function<T, UUID> id) {
        var rows = jdbc.sql(select
                        + " WHERE account_id = :account AND (CAST(:after AS uuid) IS NULL OR id > :after)"
                        + " ORDER BY id LIMIT :limit")
                .param("account", accountId)
                .param("after", request.after())
                .param("limit", request.fetchSize())
                .query(mapper)
                .list();
        return of(rows, request, id);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
