package br.com.regua.calendar;

import jakarta.validation.constraints.NotNull;

/** An account's calendar settings, as read and written by {@code /settings/calendar}. */
record CalendarSettings(@NotNull CalendarPolicy policy) {}
