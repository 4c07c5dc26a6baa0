package br.com.regua.bench;

import br.com.regua.Regua;
import br.com.regua.resends.ChargeResend;
import br.com.regua.resends.ResendRequest;
import br.com.regua.resends.Resends;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.Lifecycle;

/**
 * The dispatch benchmark of benchmarks.md ("Dispatch: e-mails with the invoice attached"). Starts
 * Postfix's {@code smtp-sink} on a free loopback port and Régua (no web server) on a fresh
 * embedded PostgreSQL with an SMTP sender pointing at the sink; queues the workload; then, for a
 * few rounds, times (a) Régua's own dispatch workers ({@code DispatchWorkers} → {@code Dispatcher},
 * as in production) from their start until no notification is QUEUED or SENDING, checking after
 * each run that every one is SENT once with the server's answer and its events; and (b) the floor:
 * the same messages, prebuilt, sent by a bare Jakarta Mail loop over one TCP_NODELAY connection,
 * once on Jakarta Mail's defaults and once with its StreamProvider named (see {@link MailFloor}).
 * During each of Régua's runs a manual resend (product.md §4.1) is made through {@link Resends}
 * behind the backlog, and its wait from creation to SENT is reported with its position.
 * Not a test: it never runs in {@code ./mvnw verify}; it exits non-zero when an outcome is wrong.
 *
 * <p>{@code ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=br.com.regua.bench.DispatchBenchmark}
 * (see docs/BENCHMARKS.md); system properties {@code bench.rounds} (default 3),
 * {@code bench.messages} (default 20000), {@code bench.workers} and {@code bench.batchSize}
 * (override {@code regua.dispatch.workers} / {@code batch-size}; default: Régua's own),
 * {@code bench.resendAfter} (routine notices sent before the manual resend; default 1000),
 * {@code bench.keep} (keep the data folder).
 */
public final class DispatchBenchmark {

    private static final long POLL_MS = 50;
    private static final String PRODUCT = "Régua (DispatchWorkers)";
    private static final String FLOOR_DEFAULTS = "floor, Jakarta Mail defaults";
    private static final String FLOOR_NAMED = "floor, StreamProvider named";

    private final ConfigurableApplicationContext context;
    private final DataSource dataSource;
    private final DispatchWorkload workload;
    private final SmtpSink sink;
    private final Lifecycle workers;
    private final PostgresCpu postgres;
    private final MailFloor floor;
    private final List<Run> product = new ArrayList<>();
    private final List<Run> floorsOnDefaults = new ArrayList<>();
    private final List<Run> floorsNamed = new ArrayList<>();
    private final List<Double> resendWaits = new ArrayList<>();
    private final Resends resends;
    private final int resendAfter = Integer.getInteger("bench.resendAfter", 1_000);

    /** One timed run: messages, wall seconds, CPU seconds of the JVM, PostgreSQL and the sink. */
    record Run(int messages, double seconds, double jvmCpu, double postgresCpu, double sinkCpu) {
        double perSecond() {
            return messages / seconds;
        }
    }

    private DispatchBenchmark(
            ConfigurableApplicationContext context, DataSource dataSource, DispatchWorkload workload, SmtpSink sink)
            throws Exception {
        this.context = context;
        this.dataSource = dataSource;
        this.workload = workload;
        this.sink = sink;
        this.workers = context.getBean("dispatchWorkers", Lifecycle.class);
        this.postgres = PostgresCpu.of(Long.parseLong(queryOne(dataSource, "SELECT pg_backend_pid()")));
        this.floor = new MailFloor(sink.port());
        this.resends = context.getBean(Resends.class);
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.rounds", 3);
        int messages = Integer.getInteger("bench.messages", 20_000);
        boolean keep = Boolean.getBoolean("bench.keep");
        Path dataDir = Path.of(
                        "target",
                        "bench-data",
                        "dispatch-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        say("Régua dispatch benchmark: %d rounds of %,d e-mails, data in %s", rounds, messages, dataDir);
        say(
                "machine: %d cores, JVM max heap %s (%s %s), load average %.1f",
                Runtime.getRuntime().availableProcessors(),
                HeapSampler.mib(Runtime.getRuntime().maxMemory()),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                PostgresCpu.loadAverage());

        List<String> arguments = new ArrayList<>(List.of(
                "--regua.data-dir=" + dataDir,
                "--db-scheduler.enabled=false",
                "--regua.admin-password=x",
                "--regua.mail-catcher.enabled=false",
                "--regua.dispatch.enabled=true",
                "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=WARN"));
        option("bench.workers", "regua.dispatch.workers", arguments);
        option("bench.batchSize", "regua.dispatch.batch-size", arguments);

        long started = System.nanoTime();
        int exit = 0;
        try (SmtpSink sink = SmtpSink.start()) {
            say("smtp-sink listening on 127.0.0.1:%d (pid %d)", sink.port(), sink.pid());
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Regua.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .run(arguments.toArray(String[]::new))) {
                // The workers start with the context; they wait until the workload is in place.
                context.getBean("dispatchWorkers", Lifecycle.class).stop();
                say("Régua started (embedded PostgreSQL, migrations) in %s", since(started));
                DataSource dataSource = context.getBean(DataSource.class);
                say("PostgreSQL: %s", queryOne(dataSource, "SELECT version()"));
                say(
                        "dispatch settings: workers %s, batch size %s",
                        context.getEnvironment().getProperty("regua.dispatch.workers", "2 (default)"),
                        context.getEnvironment().getProperty("regua.dispatch.batch-size", "50 (default)"));

                long generating = System.nanoTime();
                DispatchWorkload workload = DispatchWorkload.generate(context, sink.port(), messages);
                say(
                        "workload: %,d queued e-mails (%s, invoice attached) generated in %s;"
                                + " invoice PDF rendered by Régua %,d bytes, stored padded to %,d bytes",
                        messages,
                        DispatchWorkload.TEMPLATE,
                        since(generating),
                        workload.renderedPdfBytes,
                        workload.pdf.length);

                DispatchBenchmark bench = new DispatchBenchmark(context, dataSource, workload, sink);
                exit = bench.run(rounds);
            } finally {
                if (!keep) deleteRecursively(dataDir);
            }
        }
        say("total %s", since(started));
        System.exit(exit);
    }

    private int run(int rounds) throws Exception {
        int failures = 0;
        for (int round = 1; round <= rounds; round++) {
            say("round %d of %d (load average %.1f)", round, rounds, PostgresCpu.loadAverage());
            // Whoever goes first meets the coldest caches: alternate.
            if (round % 2 == 1) {
                failures += product();
                floors();
            } else {
                floors();
                failures += product();
            }
        }
        say("load average at the end: %.1f", PostgresCpu.loadAverage());
        say("");
        say("medians of %d rounds:", rounds);
        say("| | msg/s | wall s | JVM CPU s | PostgreSQL CPU s | smtp-sink CPU s |");
        say("|---|---:|---:|---:|---:|---:|");
        say("%s", row(FLOOR_DEFAULTS, floorsOnDefaults));
        say("%s", row(FLOOR_NAMED, floorsNamed));
        say("%s", row(PRODUCT, product));
        double régua = median(product, Run::perSecond);
        double named = median(floorsNamed, Run::perSecond);
        double defaults = median(floorsOnDefaults, Run::perSecond);
        say("");
        say(
                "Régua %.0f msg/s; floor %.0f msg/s (provider named), %.0f msg/s (Jakarta Mail defaults):"
                        + " ratio %.2f and %.2f (goal ≥ 500 msg/s and ≥ 0.7)",
                régua, named, defaults, régua / named, régua / defaults);
        say(
                "per round (msg/s): Régua %s; floor, provider named %s; floor, defaults %s",
                all(product), all(floorsNamed), all(floorsOnDefaults));
        say(
                "manual resend, creation to SENT (s): median %.3f; per round %s",
                Measurements.median(
                        resendWaits.stream().mapToDouble(Double::doubleValue).toArray()),
                resendWaits);
        if (failures > 0) say("FAILED: %d round(s) did not record every outcome correctly", failures);
        return failures > 0 ? 1 : 0;
    }

    /**
     * Régua's workers from start to the last notification final; then the outcome checked. Once the
     * backlog is under way ({@code bench.resendAfter} routine notices sent), a real manual resend of
     * the charge whose routine notice was queued last is made through {@link Resends}, as the API
     * and the charge page make it: its wait from creation to SENT is reported, with its position.
     */
    private int product() throws Exception {
        workload.requeue(dataSource);
        long sunk = sink.received();
        double jvm0 = ProcessCpu.jvmSeconds();
        double pg0 = postgres.seconds();
        double sink0 = sink.cpuSeconds();
        double seconds;
        double workerCpu;
        ChargeResend resend = null;
        try (Connection c = dataSource.getConnection()) {
            long t = System.nanoTime();
            workers.start();
            while (workload.pending(c) > 0) {
                if (resend == null && workload.sent(c) >= resendAfter) resend = resend();
                Thread.sleep(POLL_MS);
            }
            seconds = (System.nanoTime() - t) / 1e9;
            // The workers' threads are new for each run: their CPU is this run's.
            workerCpu = ProcessCpu.threadSeconds("dispatch-");
        } finally {
            workers.stop();
        }
        Run run = new Run(
                workload.count + (resend == null ? 0 : resend.notifications().size()),
                seconds,
                ProcessCpu.jvmSeconds() - jvm0,
                postgres.seconds() - pg0,
                sink.cpuSeconds() - sink0);
        product.add(run);
        long received = sink.awaitReceived(Math.max(sunk, 0) + run.messages()) - sunk;
        say(
                "  %-48s %s  (dispatch threads %.1f s of the JVM's CPU; first claim to last outcome as"
                        + " recorded: %s s; sink received %,d)",
                PRODUCT, describe(run), workerCpu, queryOne(dataSource, """
                        SELECT round(extract(epoch FROM max(at) - min(at))::numeric, 2) FROM notification_events
                        WHERE account_id = '%s'""".formatted(workload.account)), received);
        if (resend == null) {
            say("    NO RESEND: the backlog was done before %,d routine notices were sent", resendAfter);
        } else {
            reportResend(resend);
        }
        List<String> problems = workload.check(dataSource);
        if (resend == null || resend.notifications().isEmpty()) problems.add("no manual resend was measured");
        workload.forgetResends(dataSource);
        if (problems.isEmpty()) {
            say(
                    "    every notification SENT once, with its SENDING and SENT events; e.g. answer \"%s\"",
                    workload.oneAnswer(dataSource));
            return 0;
        }
        say("    WRONG OUTCOMES: %s", problems);
        return 1;
    }

    /** A manual resend, as {@code POST /api/v1/charges/{id}/resends} makes it, of the last-queued notice's charge. */
    private ChargeResend resend() throws java.sql.SQLException {
        UUID charge = UUID.fromString(queryOne(dataSource, """
                SELECT charge_id FROM notifications WHERE account_id = '%s' AND resend_id IS NULL
                ORDER BY id DESC LIMIT 1""".formatted(workload.account)));
        ChargeResend resend = resends.resend(workload.account, charge, ResendRequest.ALL);
        say(
                "    manual resend %s of charge %s created (group %s, %d notification(s) queued, priority 0)",
                resend.id(), charge, resend.group(), resend.notifications().size());
        return resend;
    }

    /**
     * From the resend's creation ({@code charge_resends.created_at}) to the SENT event of its last
     * notification; and how many routine notices went out before it, in all and after its creation.
     */
    private void reportResend(ChargeResend resend) throws java.sql.SQLException {
        String a = workload.account.toString();
        String r = resend.id().toString();
        String figures = queryOne(dataSource, """
                WITH resend AS (
                    SELECT cr.created_at,
                           (SELECT max(e.at) FROM notification_events e JOIN notifications n
                                ON n.account_id = e.account_id AND n.id = e.notification_id
                            WHERE e.account_id = cr.account_id AND n.resend_id = cr.id AND e.status = 'SENT') AS sent,
                           (SELECT max(n.sent_at) FROM notifications n
                            WHERE n.account_id = cr.account_id AND n.resend_id = cr.id) AS sent_at
                    FROM charge_resends cr WHERE cr.account_id = '%1$s' AND cr.id = '%2$s')
                SELECT concat_ws(' ',
                    round(extract(epoch FROM r.sent - r.created_at)::numeric, 3),
                    (SELECT count(*) FROM notifications n WHERE n.account_id = '%1$s' AND n.resend_id IS NULL
                        AND n.sent_at < r.sent_at),
                    (SELECT count(*) FROM notifications n WHERE n.account_id = '%1$s' AND n.resend_id IS NULL
                        AND n.sent_at < r.created_at),
                    (SELECT count(*) FROM notifications n WHERE n.account_id = '%1$s' AND n.resend_id IS NULL
                        AND n.sent_at >= r.created_at AND n.sent_at < r.sent_at))
                FROM resend r""".formatted(a, r));
        String[] f = figures.split(" ");
        resendWaits.add(Double.parseDouble(f[0]));
        say(
                "    manual resend: SENT %s s after its creation; %s routine notices sent before it (%s before its"
                        + " creation, %s between its creation and its SENT, %,d still to go when it was created)",
                f[0], f[1], f[2], f[3], workload.count - Long.parseLong(f[2]));
    }

    /** The floor, both ways, on the same prebuilt messages. */
    private void floors() throws Exception {
        long building = System.nanoTime();
        List<MimeMessage> messages = floor.prebuild(context, dataSource, workload);
        say(
                "  floor: %,d messages prebuilt in %s, %,d bytes each",
                messages.size(), since(building), MailFloor.size(messages.get(0)));
        floorsOnDefaults.add(floor(messages, false));
        floorsNamed.add(floor(messages, true));
    }

    private Run floor(List<MimeMessage> messages, boolean namedProvider) throws Exception {
        System.gc();
        long sunk = sink.received();
        double jvm0 = ProcessCpu.jvmSeconds();
        double pg0 = postgres.seconds();
        double sink0 = sink.cpuSeconds();
        MailFloor.Result result = floor.send(messages, namedProvider);
        Run run = new Run(
                result.sent(),
                result.seconds(),
                ProcessCpu.jvmSeconds() - jvm0,
                postgres.seconds() - pg0,
                sink.cpuSeconds() - sink0);
        long received = sink.awaitReceived(Math.max(sunk, 0) + result.sent()) - sunk;
        say(
                "  %-48s %s  (sink received %,d; last answer \"%s\")",
                namedProvider ? FLOOR_NAMED : FLOOR_DEFAULTS, describe(run), received, result.lastAnswer());
        return run;
    }

    private static String describe(Run run) {
        return String.format(
                Locale.ROOT,
                "%6.0f msg/s  %6.2f s  cpu: JVM %5.1f s, PostgreSQL %5.1f s, sink %5.1f s",
                run.perSecond(),
                run.seconds(),
                run.jvmCpu(),
                run.postgresCpu(),
                run.sinkCpu());
    }

    private static String row(String label, List<Run> runs) {
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.2f | %.1f | %.1f | %.1f |",
                label,
                median(runs, Run::perSecond),
                median(runs, Run::seconds),
                median(runs, Run::jvmCpu),
                median(runs, Run::postgresCpu),
                median(runs, Run::sinkCpu));
    }

    private static String all(List<Run> runs) {
        return String.join(
                " ",
                runs.stream()
                        .map(r -> String.format(Locale.ROOT, "%.0f", r.perSecond()))
                        .toList());
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        return Measurements.median(runs.stream().mapToDouble(value).toArray());
    }

    private static void option(String property, String setting, List<String> arguments) {
        String value = System.getProperty(property, "");
        if (!value.isBlank() && !value.startsWith("${")) arguments.add("--" + setting + "=" + value.trim());
    }

    private static String queryOne(DataSource dataSource, String sql) throws java.sql.SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String since(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
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
