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

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
