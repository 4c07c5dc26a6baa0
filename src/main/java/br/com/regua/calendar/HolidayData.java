package br.com.regua.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A holiday of the account as a client sends it; {@code yearly} (default false) repeats it every year. */
record HolidayData(
        @NotNull LocalDate date, @NotBlank @Size(max = 100) String name, Boolean yearly) {}
