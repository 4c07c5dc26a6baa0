package br.com.regua.calendar;

import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account's own holidays (state, municipal, company), one-off or yearly. */
@Component
class AccountHolidays {

    /**
     * Few accounts have more than a dozen. The cap also guarantees that business-day searches end:
     * 200 month-days cannot cover every weekday of a year.
     */
    static final int MAX_PER_ACCOUNT = 200;

    private static final String SELECT = "SELECT id, date, name, yearly FROM account_holidays";

    private final JdbcClient jdbc;

    AccountHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Holiday add(UUID accountId, HolidayData data) {
        LocalDate date = data.date();
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new InvalidFieldException("date", "deve estar entre 2000 e 2099");
        }
        boolean yearly = Boolean.TRUE.equals(data.yearly());
        List<Holiday> existing = all(accountId);
        if (existing.size() >= MAX_PER_ACCOUNT) {
            throw new ConflictException("Limite de " + MAX_PER_ACCOUNT + " feriados por conta atingido");
        }
        Optional<Holiday> same = existing.stream()
                .filter(h -> h.date().equals(date)
                        || (yearly && h.yearly() && MonthDay.from(h.date()).equals(MonthDay.from(date))))
                .findFirst();
        if (same.isPresent()) {
            Holiday h = same.get();
            throw new ConflictException("Já existe o feriado \"" + h.name() + "\" (" + h.id() + ") em "
                    + (h.yearly() ? "todo " + MonthDay.from(h.date()) : h.date()));
        }
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO account_holidays (account_id, id, date, name, yearly) VALUES (?, ?, ?, ?, ?)")
                .params(accountId, id, date, data.name().trim(), yearly)
                .update();
        return new Holiday(id, date, data.name().trim(), Holiday.Source.ACCOUNT, yearly);
    }

    void delete(UUID accountId, UUID id) {
        int deleted = jdbc.sql("DELETE FROM account_holidays WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .update();
        if (deleted == 0) throw new NotFoundException("Feriado");
    }

    /** Every holiday of the account as stored (yearly ones on the date they were entered with). */
    List<Holiday> all(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY date, id")
                .param(accountId)
                .query(AccountHolidays::map)
                .list();
    }

    /** National and account holidays falling in {@code year}, in date order, national first on a tie. */
    List<Holiday> inYear(UUID accountId, int year) {
        List<Holiday> holidays = new ArrayList<>();
        NationalHolidays.of(year)
                .forEach((date, name) -> holidays.add(new Holiday(null, date, name, Holiday.Source.NATIONAL, null)));
        for (Holiday h : all(accountId)) {
            if (h.yearly()) {
                MonthDay day = MonthDay.from(h.date());
                if (day.isValidYear(year))
                    holidays.add(new Holiday(h.id(), day.atYear(year), h.name(), h.source(), true));
            } else if (h.date().getYear() == year) {
                holidays.add(h);
            }
        }
        holidays.sort(Comparator.comparing(Holiday::date).thenComparing(Holiday::source));
        return holidays;
    }

    private static Holiday map(ResultSet rs, int n) throws SQLException {
        return new Holiday(
                rs.getObject("id", UUID.class),
                rs.getObject("date", LocalDate.class),
                rs.getString("name"),
                Holiday.Source.ACCOUNT,
                rs.getBoolean("yearly"));
    }
}
