package br.com.regua.bench;

import br.com.regua.Regua;
import br.com.regua.bench.Measurements.Sample;
import br.com.regua.bench.Measurements.Step;
import br.com.regua.bench.Measurements.Variant;
import br.com.regua.calendar.BusinessCalendar;
import br.com.regua.calendar.Calendars;
import br.com.regua.customers.NotificationGroup;
import br.com.regua.customers.PreferenceBits;
import br.com.regua.customers.Recipient;
import br.com.regua.notifications.PlanRequest;
import br.com.regua.notifications.PlanResult;
import br.com.regua.notifications.Planner;
import br.com.regua.notifications.PlannerStatement;
import br.com.regua.shared.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The planner benchmark of benchmarks.md ("Planning: an internet provider's peak day"). Starts
 * Régua without its web server on a fresh embedded PostgreSQL, writes the workload into the
 * product's tables and the floor's {@code f_} tables into the same database, then, for a few
 * rounds, times the floor's three statements and the product's three planning passes and prints
 * medians. Not a test: it asserts nothing about time and never runs in {@code ./mvnw verify}.
 *
 * <p>{@code ./mvnw -B -q -Pbench test-compile exec:exec} (see docs/BENCHMARKS.md); system
 * properties {@code bench.rounds} (default 3), {@code bench.keep} (keep the data folder),
 * {@code bench.explain} (print the plans of steps 1 and 2 after the rounds) and
 * {@code bench.printSql} (with it, the planner's statement).
 */
public final class PlanBenchmark {

    static final LocalDate PEAK = LocalDate.of(2026, 12, 10);
    static final LocalDate CATCH_UP_FROM = LocalDate.of(2026, 12, 4);

    private final DataSource dataSource;
    private final Planner planner;
    private final UUID account;
    private final Floor floor;
    private final HeapSampler heap;
    private final PostgresCpu cpu;
    private final Measurements measurements = new Measurements();

    private PlanBenchmark(DataSource dataSource, Planner planner, UUID account, Floor floor, HeapSampler heap)
            throws SQLException {
        this.dataSource = dataSource;
        this.planner = planner;
        this.account = account;
        this.floor = floor;
        this.heap = heap;
        this.cpu = PostgresCpu.of(Long.parseLong(queryOne(dataSource, "SELECT pg_backend_pid()")));
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        boolean keep = Boolean.getBoolean("bench.keep");
        HeapSampler heap = HeapSampler.start();
        Path dataDir = Path.of(
                        "target",
                        "bench-data",
                        "run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        Floor floor = Floor.load();
        say("Régua planner benchmark: %d rounds, data in %s", rounds, dataDir);
        say(
                "machine: %d cores, JVM max heap %s (%s %s)",
                Runtime.getRuntime().availableProcessors(),
                HeapSampler.mib(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        say("floor script: %s", Floor.compareWithShared());

        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Regua.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--regua.data-dir=" + dataDir,
                        "--db-scheduler.enabled=false",
                        "--regua.admin-password=x",
                        "--logging.level.root=WARN",
                        "--logging.level.org.flywaydb=WARN")) {
            say("Régua started (embedded PostgreSQL, migrations) in %s", since(started));
            DataSource dataSource = context.getBean(DataSource.class);
            say("PostgreSQL: %s", queryOne(dataSource, "SELECT version()"));

            heap.reset();
            long generating = System.nanoTime();
            UUID account = UUID.randomUUID();
            BusinessCalendar calendar = context.getBean(Calendars.class).of(account);
            say("effective due dates of the due days %s: %s", Workload.DUE_DAYS, Workload.effectiveDueDates(calendar));
            Workload.generate(dataSource, account, calendar);
            say("product data set (100k customers, 1M charges, VACUUM ANALYZE) generated in %s", since(generating));
            long floorSetup = System.nanoTime();
            execute(dataSource, floor.setup());
            execute(
                    dataSource,
                    List.of("VACUUM (ANALYZE) f_customers, f_rules, f_charges, f_calendar, f_notifications"));
            say("floor data set (plan-floor.sql's own statements) generated in %s", since(floorSetup));
            say("heap during generation: peak used %s", HeapSampler.mib(heap.phasePeakUsed()));

            PlanBenchmark bench = new PlanBenchmark(dataSource, context.getBean(Planner.class), account, floor, heap);
            if (rounds > 0) bench.run(rounds);
            if (Boolean.getBoolean("bench.explain")) bench.explain(context);
        } finally {
            if (!keep) deleteRecursively(dataDir);
        }
        say("total %s", since(started));
        System.exit(0);
    }

    private boolean merchantCopiesOn;

    private void run(int rounds) throws SQLException {
        heap.reset();
        List<Variant> order = new ArrayList<>(List.of(Variant.values()));
        for (int round = 1; round <= rounds; round++) {
            say("round %d of %d (load average %.1f)", round, rounds, PostgresCpu.loadAverage());
            for (Variant variant : order) {
                prepare(variant);
                for (Step step : Step.values()) {
                    Sample sample = variant == Variant.FLOOR ? floorStep(step) : productStep(variant, step);
                    measurements.add(variant, step, sample);
                }
            }
            // Whoever goes first meets the coldest caches: rotate the order from round to round.
            Collections.rotate(order, 1);
        }
        long peakUsed = heap.phasePeakUsed();
        long peakAfterGc = heap.phasePeakAfterGc();
        say("load average at the end: %.1f", PostgresCpu.loadAverage());
        say("");
        say("seconds of each round (wall / PostgreSQL CPU):");
        System.out.print(measurements.rounds());
        say("");
        say("medians of %d rounds, wall-clock seconds (ratio = Régua / floor):", rounds);
        System.out.print(measurements.table(false));
        say("");
        say("medians of %d rounds, CPU seconds of PostgreSQL (all its processes):", rounds);
        System.out.print(measurements.table(true));
        say("");
        say(
                "JVM heap while measuring: peak used %s, peak after GC %s (whole run: peak used %s; -Xmx %s)",
                HeapSampler.mib(peakUsed),
                HeapSampler.mib(peakAfterGc),
                HeapSampler.mib(heap.peakUsed()),
                HeapSampler.mib(Runtime.getRuntime().maxMemory()));
    }

    /**
     * The plans of the floor's and the planner's statements for steps (1) and (2), with row counts,
     * timings and buffers; each step runs for real after its EXPLAIN so the next one meets the
     * notifications it would meet in a round.
     */
    private void explain(ApplicationContext context) throws SQLException {
        prepare(Variant.FLOOR);
        for (Step step : List.of(Step.PLAN, Step.REPEAT)) {
            say("");
            say("EXPLAIN (ANALYZE, BUFFERS) floor %s:", step.label);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery(
                                "EXPLAIN (ANALYZE, BUFFERS) " + floor.steps().get(step.ordinal()))) {
                    while (rs.next()) say("%s", rs.getString(1));
                }
                c.rollback();
            }
            floorStep(step);
        }
        for (Variant variant : List.of(Variant.PRODUCT_NO_OVERDUE, Variant.PRODUCT, Variant.PRODUCT_MERCHANT_COPIES)) {
            prepare(variant);
            for (Step step : List.of(Step.PLAN, Step.REPEAT)) {
                say("");
                say("EXPLAIN (ANALYZE, BUFFERS) %s %s:", variant.label, step.label);
                PlanRequest request = new PlanRequest(account, Channel.EMAIL, PEAK, PEAK, UUID.randomUUID());
                PlannerStatement.explainAnalyze(context, request).forEach(line -> say("%s", line));
                productStep(variant, step);
            }
        }
        if (Boolean.getBoolean("bench.printSql")) {
            say("");
            say("%s", PlannerStatement.sql(context, new PlanRequest(account, Channel.EMAIL, PEAK, PEAK, null)));
        }
    }

    /**
     * Every cell "Para mim" this benchmark turns on for one customer in ten: e-mail copies of the
     * before-due and overdue notices (seed 003), to the account's notification e-mail.
     */
    static final int MERCHANT_CELLS =
            PreferenceBits.mask(NotificationGroup.BEFORE_DUE, Recipient.MERCHANT, Channel.EMAIL)
                    | PreferenceBits.mask(NotificationGroup.OVERDUE, Recipient.MERCHANT, Channel.EMAIL);

    /**
     * Empties the outbox that the variant writes to, sets the account's overdue-notice switch, and
     * turns the merchant's copies on (one customer in ten) or off (everyone), with statistics fresh.
     */
    private void prepare(Variant variant) throws SQLException {
        String id = "'" + account + "'";
        List<String> sql = new ArrayList<>();
        if (variant == Variant.FLOOR) sql.add("TRUNCATE f_notifications RESTART IDENTITY");
        else sql.add("TRUNCATE notifications");
        sql.add("DELETE FROM event_notice_settings WHERE account_id = " + id);
        if (variant == Variant.PRODUCT_NO_OVERDUE) {
            sql.add("INSERT INTO event_notice_settings (account_id, overdue_notice) VALUES (" + id + ", false)");
        }
        boolean copies = variant == Variant.PRODUCT_MERCHANT_COPIES;
        if (copies != merchantCopiesOn) {
            sql.add("UPDATE accounts SET notification_email = 'financeiro@provedor.example' WHERE id = " + id);
            sql.add(
                    copies
                            ? "UPDATE customers SET notification_preferences = notification_preferences | "
                                    + MERCHANT_CELLS + " WHERE account_id = " + id
                                    + " AND abs(hashtext(id::text)) % 10 = 0"
                            : "UPDATE customers SET notification_preferences = notification_preferences & ~"
                                    + MERCHANT_CELLS
                                    + " WHERE account_id = " + id + " AND notification_preferences & " + MERCHANT_CELLS
                                    + " <> 0");
            sql.add("VACUUM (ANALYZE) customers");
            merchantCopiesOn = copies;
        }
        // A checkpoint forced by the previous variant's writes must not land in this one's timings.
        sql.add("CHECKPOINT");
        execute(dataSource, sql);
    }

    private Sample floorStep(Step step) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            double cpu0 = cpuSeconds();
            long t = System.nanoTime();
            int rows = s.executeUpdate(floor.steps().get(step.ordinal()));
            Sample sample = new Sample(seconds(t), cpuSeconds() - cpu0, rows);
            say(
                    "  %-44s %-28s %6.2f s  cpu %6.2f s  %,9d rows",
                    Variant.FLOOR.label, step.label, sample.seconds(), sample.cpuSeconds(), rows);
            return sample;
        }
    }

    private Sample productStep(Variant variant, Step step) {
        LocalDate from = step == Step.CATCH_UP ? CATCH_UP_FROM : PEAK;
        double cpu0 = cpuSeconds();
        long t = System.nanoTime();
        PlanResult result = planner.plan(new PlanRequest(account, Channel.EMAIL, from, PEAK, UUID.randomUUID()));
        Sample sample = new Sample(seconds(t), cpuSeconds() - cpu0, result.queued());
        say(
                "  %-44s %-28s %6.2f s  cpu %6.2f s  %,9d rows  %s",
                variant.label, step.label, sample.seconds(), sample.cpuSeconds(), result.queued(), result);
        if (step == Step.REPEAT && result.queued() != 0) {
            say("  WARNING: the repeated plan queued %d notifications; it must queue none", result.queued());
        }
        return sample;
    }

    private double cpuSeconds() {
        return cpu == null ? Double.NaN : cpu.seconds();
    }

    private static void execute(DataSource dataSource, List<String> statements) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    private static String queryOne(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String since(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", seconds(startNanos));
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
