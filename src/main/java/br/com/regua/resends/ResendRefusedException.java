package br.com.regua.resends;

import br.com.regua.shared.ConflictException;

/** A resend refused by one of §4.1's rules, named by {@code rule} and explained in pt-BR. */
class ResendRefusedException extends ConflictException {

    private final String rule;

    ResendRefusedException(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    String rule() {
        return rule;
    }
}
