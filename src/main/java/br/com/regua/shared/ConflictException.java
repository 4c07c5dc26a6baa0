package br.com.regua.shared;

/** The request is well-formed but the resource's current state refuses it (HTTP 409). */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String detail) {
        this(null, detail);
    }

    /** A conflict caused by one field's value (e.g. an address another contact already has). */
    public ConflictException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    /** The field whose value conflicts, or null. */
    public String field() {
        return field;
    }
}
