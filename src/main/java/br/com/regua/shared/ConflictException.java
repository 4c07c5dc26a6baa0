package br.com.regua.shared;

/** The request is well-formed but the resource's current state refuses it (HTTP 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String detail) {
        super(detail);
    }
}
