package br.com.regua.bench;

import br.com.regua.Regua;
import br.com.regua.accounts.Accounts;
import br.com.regua.accounts.CreatedAccount;
import br.com.regua.charges.ChargeData;
import br.com.regua.charges.Charges;
import br.com.regua.customers.CustomerData;
import br.com.regua.customers.Customers;
import br.com.regua.paymentmethods.BoletoData;
import br.com.regua.paymentmethods.PaymentKind;
import br.com.regua.paymentmethods.PaymentMethodData;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.senders.SenderData;
import br.com.regua.senders.Senders;
import br.com.regua.senders.SmtpSecurity;
import br.com.regua.shared.Channel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The "Event latency" benchmark of benchmarks.md: from {@code POST /charges/{id}/payments} to the
 * paid notice accepted by an SMTP server, at {@code bench.rate} payments a second (100) for
 * {@code bench.seconds} (60), over real HTTP to Régua's own web server, with Régua's dispatch
 * workers sending to an SMTP server on loopback (SubEthaSMTP in this JVM, which notes the time it
 * has read each message, just before its 250). Reports p50, p99 and max of the latency and of the
 * HTTP answer. Not a test: it asserts nothing; it exits non-zero when a payment fails or an
 * e-mail never arrives.
 *
 * <p>{@code ./mvnw -B -q -Pbench test-compile exec:exec -Dbench.main=br.com.regua.bench.EventLatencyBenchmark}
 */
public final class EventLatencyBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int payments = rate * seconds;
        Path dataDir = Path.of(
                        "target",
                        "bench-data",
                        "latency-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        say(
                "Régua event-latency benchmark: %d payments/s for %d s (%,d payments); machine: %d cores, load %.1f",
                rate, seconds, payments, Runtime.getRuntime().availableProcessors(), PostgresCpu.loadAverage());

        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        SMTPServer smtp = SMTPServer.port(0)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .messageHandler((context, from, to, data) -> {
                    acceptedAt.put(to.toLowerCase(Locale.ROOT), System.nanoTime());
                })
                .build();
        smtp.start();
        int exit = 0;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Regua.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--regua.data-dir=" + dataDir,
                        "--db-scheduler.enabled=false",
                        "--regua.admin-password=x",
                        "--regua.mail-catcher.enabled=false",
                        "--regua.dispatch.enabled=true",
                        "--logging.level.root=WARN",
                        "--logging.level.org.flywaydb=WARN")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            CreatedAccount account =
                    context.getBean(Accounts.class).create("Provedor (latência)", "financeiro@latencia.example");
            UUID sender = context.getBean(Senders.class)
                    .create(
                            account.id(),
                            new SenderData(
                                    "Principal",
                                    Channel.EMAIL,
                                    "127.0.0.1",
                                    smtp.getPortAllocated(),
                                    SmtpSecurity.NONE,
                                    null,
                                    null,
                                    "cobranca@latencia.example",
                                    "Provedor Exemplo",
                                    true,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null))
                    .id();
            UUID method = context.getBean(PaymentMethods.class)
                    .create(
                            account.id(),
                            new PaymentMethodData(
                                    "Boleto Banco do Brasil",
                                    PaymentKind.BOLETO,
                                    sender.toString(),
                                    new BoletoData("001", "1234", "56789", "18", "1234567"),
                                    null,
                                    null))
                    .id();
            long setUp = System.nanoTime();
            List<UUID> charges = new ArrayList<>(payments);
            Customers customers = context.getBean(Customers.class);
            Charges chargesFacade = context.getBean(Charges.class);
            LocalDate due = LocalDate.now().plusDays(10);
            for (int i = 0; i < payments; i++) {
                var customer = customers.create(
                        account.id(),
                        new CustomerData(
                                "Cliente " + i, "529.982.247-25", "p" + i + "@example.com", null, null, false));
                charges.add(chargesFacade
                        .create(
                                account.id(),
                                new ChargeData(
                                        customer.id().toString(),
                                        null,
                                        method.toString(),
                                        15990L,
                                        due,
                                        "Mensalidade",
                                        null,
                                        false))
                        .id());
            }
            say(
                    "%,d customers and charges made through the facades in %.1f s",
                    payments, (System.nanoTime() - setUp) / 1e9);

            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(32))
                    .connectTimeout(java.time.Duration.ofSeconds(5))
                    .build();
            long[] sentAt = new long[payments];
            long[] answeredIn = new long[payments];
            AtomicInteger failures = new AtomicInteger();
            List<CompletableFuture<Void>> calls = new ArrayList<>(payments);
            var pacer = Executors.newSingleThreadScheduledExecutor();
            long start = System.nanoTime();
            long periodNanos = 1_000_000_000L / rate;
            for (int i = 0; i < payments; i++) {
                int n = i;
                CompletableFuture<Void> call = new CompletableFuture<>();
                calls.add(call);
                pacer.schedule(
                        () -> {
                            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                            + "/api/v1/charges/" + charges.get(n) + "/payments"))
                                    .header("Authorization", "Bearer " + account.apiKey())
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"paidAt\": \"" + LocalDate.now()
                                            + "\", \"amount\": 15990, \"notifyCustomer\": true}"))
                                    .build();
                            sentAt[n] = System.nanoTime();
                            http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                                    .whenComplete((response, error) -> {
                                        answeredIn[n] = System.nanoTime() - sentAt[n];
                                        if (error != null || response.statusCode() != 200) {
                                            if (failures.incrementAndGet() <= 5) {
                                                say(
                                                        "payment %d failed: %s",
                                                        n, error != null ? error : response.body());
                                            }
                                        }
                                        call.complete(null);
                                    });
                        },
                        start + n * periodNanos - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(seconds + 120L, TimeUnit.SECONDS);
            double offered = (System.nanoTime() - start) / 1e9;
            pacer.shutdown();
            say(
                    "%,d payments answered in %.1f s (%.1f/s), %d failed",
                    payments, offered, payments / offered, failures.get());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acceptedAt.size() < payments && System.nanoTime() < deadline) Thread.sleep(50);
            List<Double> latencies = new ArrayList<>(payments);
            int missing = 0;
            for (int i = 0; i < payments; i++) {
                Long accepted = acceptedAt.get("p" + i + "@example.com");
                if (accepted == null) missing++;
                else latencies.add((accepted - sentAt[i]) / 1e6);
            }
            List<Double> answers = new ArrayList<>(payments);
            for (long a : answeredIn) answers.add(a / 1e6);
            say("");
            say("| measure | p50 ms | p99 ms | max ms | n |");
            say("|---|---:|---:|---:|---:|");
            say(row("payment → paid e-mail accepted by SMTP", latencies));
            say(row("payment → HTTP 200", answers));
            say("");
            say(
                    "e-mails received: %,d of %,d (%d missing); load average at the end %.1f",
                    acceptedAt.size(), payments, missing, PostgresCpu.loadAverage());
            if (failures.get() > 0 || missing > 0) exit = 1;
        } finally {
            smtp.stop();
            deleteRecursively(dataDir);
        }
        System.exit(exit);
    }

    private static String row(String label, List<Double> values) {
        if (values.isEmpty()) return "| " + label + " | – | – | – | 0 |";
        List<Double> sorted = values.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "| %s | %.0f | %.0f | %.0f | %,d |",
                label,
                percentile(sorted, 0.50),
                percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1),
                sorted.size());
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
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
