package br.com.regua.shared;

/** A field's value is refused by a rule that plain bean validation cannot express (HTTP 400). */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
