package br.com.regua.calendar;

import br.com.regua.shared.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/settings/calendar")
@Tag(name = "Feriados")
class CalendarSettingsController {

    private final Calendars calendars;

    CalendarSettingsController(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    CalendarSettings get() {
        return new CalendarSettings(calendars.policy(CurrentAccount.id()));
    }

    @PutMapping
    @Operation(
            summary =
                    "BUSINESS_DAYS (padrão): nada é enviado em fins de semana e feriados; EXACT: envia na data nominal")
    CalendarSettings put(@Valid @RequestBody CalendarSettings body) {
        calendars.setPolicy(CurrentAccount.id(), body.policy());
        return get();
    }
}
