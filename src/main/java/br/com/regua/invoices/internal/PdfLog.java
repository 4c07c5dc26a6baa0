package br.com.regua.invoices.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, sent to SLF4J one level down: its INFO lines (a dozen per PDF: "Using
 * fast-mode renderer. Prepare to fly.") become DEBUG, its warnings stay warnings.
 */
public final class PdfLog implements XRLogger {

    private static final Logger log = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) log.error("{}: {}", where, msg, th);
        else if (value >= Level.WARNING.intValue()) log.warn("{}: {}", where, msg, th);
        else if (value >= Level.CONFIG.intValue()) log.debug("{}: {}", where, msg, th);
        else log.trace("{}: {}", where, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        int value = diagnostic.getLevel().intValue();
        if (value >= Level.WARNING.intValue()) return log.isWarnEnabled();
        return value >= Level.CONFIG.intValue() ? log.isDebugEnabled() : log.isTraceEnabled();
    }
}
