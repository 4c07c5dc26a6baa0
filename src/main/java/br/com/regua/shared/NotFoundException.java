package br.com.regua.shared;

/**
 * The resource does not exist in the caller's account (whether or not it exists in another).
 * When the missing thing was named by a field of the request, {@code field} says which.
 */
public class NotFoundException extends RuntimeException {
    private final String field;

    public NotFoundException(String what) {
        this(what, null);
    }

    public NotFoundException(String what, String field) {
        super(what + " não encontrado");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
