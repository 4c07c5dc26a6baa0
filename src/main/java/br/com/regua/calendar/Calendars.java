package br.com.regua.calendar;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** The business calendar of each account. */
@Service
public class Calendars {

    /** National holidays for now; the account's own holidays join here. */
    public BusinessCalendar of(UUID accountId) {
        return BusinessCalendar.national();
    }
}
