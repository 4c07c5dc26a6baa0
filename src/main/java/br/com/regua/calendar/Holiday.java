package br.com.regua.calendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A holiday as listed for a year: a national one (no id) or one of the account's, whose yearly
 * ones are shown on their date in that year.
 */
record Holiday(UUID id, LocalDate date, String name, Source source, Boolean yearly) {

    enum Source {
        NATIONAL,
        ACCOUNT
    }
}
