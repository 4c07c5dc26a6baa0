package br.com.regua.calendar;

import br.com.regua.accounts.Accounts;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/holidays")
@Tag(name = "Feriados", description = "Feriados nacionais e os feriados estaduais e municipais da conta")
class HolidaysController {

    record Items<T>(List<T> items, String next) {}

    private final AccountHolidays holidays;
    private final Accounts accounts;

    HolidaysController(AccountHolidays holidays, Accounts accounts) {
        this.holidays = holidays;
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cadastra um feriado da conta; yearly repete na mesma data todo ano")
    Holiday add(@Valid @RequestBody HolidayData body) {
        return holidays.add(CurrentAccount.id(), body);
    }

    @GetMapping
    @Operation(summary = "Feriados nacionais e da conta num ano (padrão: o ano corrente)")
    Items<Holiday> list(@RequestParam(required = false) Integer year) {
        UUID accountId = CurrentAccount.id();
        int chosen = year != null ? year : accounts.today(accountId).getYear();
        if (chosen < 2000 || chosen > 2099) throw new InvalidFieldException("year", "deve estar entre 2000 e 2099");
        return new Items<>(holidays.inYear(accountId, chosen), null);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        holidays.delete(CurrentAccount.id(), Ids.parseOrNotFound(id, "Feriado"));
    }
}
