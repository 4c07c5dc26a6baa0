package br.com.regua.bankreturns;

import java.util.List;

/** A return file refused whole: nothing of it is applied. */
public final class RejectedFile extends RuntimeException {

    private final transient List<LineError> errors;

    RejectedFile(List<LineError> errors) {
        super(errors.isEmpty() ? "arquivo recusado" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
