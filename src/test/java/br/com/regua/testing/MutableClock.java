package br.com.regua.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand; it follows the system clock until set. */
public final class MutableClock extends Clock {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private volatile Instant fixed;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    public void set(Instant instant) {
        fixed = instant;
    }

    /** Sets the clock to a time of day in São Paulo, where Régua's accounts live by default. */
    public void setToday(LocalDate date, LocalTime time) {
        set(date.atTime(time).atZone(SAO_PAULO).toInstant());
    }

    public void setToday(LocalDate date) {
        setToday(date, LocalTime.of(8, 0));
    }

    public void reset() {
        fixed = null;
    }
}
