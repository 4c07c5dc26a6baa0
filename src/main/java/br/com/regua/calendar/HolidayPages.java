package br.com.regua.calendar;

import br.com.regua.accounts.Accounts;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configurações > Feriados: the year's holidays, the account's own, and the calendar policy. */
@PageController
@RequestMapping("/configuracoes/feriados")
class HolidayPages {

    record NewHoliday(
            @NotNull(message = "informe a data") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date,

            @NotBlank @Size(max = 100) String name,
            Boolean yearly) {}

    private final AccountHolidays holidays;
    private final Calendars calendars;
    private final Accounts accounts;

    HolidayPages(AccountHolidays holidays, Calendars calendars, Accounts accounts) {
        this.holidays = holidays;
        this.calendars = calendars;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer ano, Model model) {
        UUID accountId = CurrentAccount.id();
        int year = ano != null ? ano : accounts.today(accountId).getYear();
        if (year < 2000 || year > 2099) throw new InvalidFieldException("ano", "deve estar entre 2000 e 2099");
        if (!model.containsAttribute("holiday")) model.addAttribute("holiday", new NewHoliday(null, "", false));
        model.addAttribute("year", year);
        model.addAttribute("holidays", holidays.inYear(accountId, year));
        model.addAttribute("policy", calendars.policy(accountId));
        model.addAttribute("policies", CalendarPolicy.values());
        return "calendar/holidays";
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("holiday") NewHoliday holiday,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        if (!errors.hasErrors()) {
            try {
                Holiday added = holidays.add(
                        CurrentAccount.id(),
                        new HolidayData(holiday.date(), holiday.name(), Boolean.TRUE.equals(holiday.yearly())));
                next.addFlashAttribute("done", "Feriado " + added.name() + " cadastrado.");
                return "redirect:/configuracoes/feriados?ano=" + added.date().getYear();
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            } catch (ConflictException e) {
                errors.rejectValue("date", "conflict", sameDay(holiday).orElse(e.getMessage()));
            }
        }
        LocalDate date = holiday.date();
        return page(date == null || date.getYear() < 2000 || date.getYear() > 2099 ? null : date.getYear(), model);
    }

    @PostMapping("/{id}/remocao")
    String remove(@PathVariable String id, @RequestParam(required = false) Integer ano, RedirectAttributes next) {
        holidays.delete(CurrentAccount.id(), Ids.parseOrNotFound(id, "Feriado"));
        next.addFlashAttribute("done", "Feriado removido.");
        return "redirect:/configuracoes/feriados" + (ano == null ? "" : "?ano=" + ano);
    }

    @PostMapping("/politica")
    String policy(@RequestParam String politica, RedirectAttributes next) {
        CalendarPolicy policy = Arrays.stream(CalendarPolicy.values())
                .filter(p -> p.name().equals(politica))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("politica", "valor inválido"));
        calendars.setPolicy(CurrentAccount.id(), policy);
        next.addFlashAttribute("done", "Política de envio salva.");
        return "redirect:/configuracoes/feriados";
    }

    /** The conflict in the page's words; the API's message carries the other holiday's id, useless here. */
    private Optional<String> sameDay(NewHoliday holiday) {
        boolean yearly = Boolean.TRUE.equals(holiday.yearly());
        return holidays.all(CurrentAccount.id()).stream()
                .filter(h -> h.date().equals(holiday.date())
                        || (yearly
                                && h.yearly()
                                && h.date().getMonth() == holiday.date().getMonth()
                                && h.date().getDayOfMonth() == holiday.date().getDayOfMonth()))
                .findFirst()
                .map(h -> "já existe o feriado \"" + h.name() + "\" nesta data");
    }
}
