package br.com.regua.charges;

import java.util.Collection;
import java.util.StringJoiner;

/** PostgreSQL array literals for {@code unnest(CAST(:x AS type[]))}: every element quoted, NULL as NULL. */
final class PgArrays {

    private PgArrays() {}

    static String of(Collection<?> values) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        for (Object v : values) {
            if (v == null) {
                array.add("NULL");
            } else {
                array.add('"' + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"');
            }
        }
        return array.toString();
    }
}
