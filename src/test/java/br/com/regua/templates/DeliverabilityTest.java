package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import jakarta.mail.Session;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in e-mail layout, rendered with the example values and composed exactly as the
 * dispatcher sends it, scores at most 1.0 in SpamAssassin (which calls 5.0 spam) — with every
 * value, and without the optional ones (no boleto, no Pix, no links). The messages, SpamAssassin's
 * output and a score table land in {@code target/deliverability/}; docs/DELIVERABILITY.md explains.
 */
class DeliverabilityTest {

    static final double MAX_SCORE = 1.0;
    private static final Path OUT = Path.of("target", "deliverability");
    private static final List<String> OPTIONAL =
            List.of("digitableLine", "pixCopyPaste", "invoiceUrl", "paymentLink", "description", "reason");

    /** SpamAssassin's own test spam: its GTUBE line scores 1000. */
    private static final String GTUBE = """
            From: Someone <someone@example.net>\r
            To: maria@example.com\r
            Subject: Test spam mail (GTUBE)\r
            Message-ID: <gtube.full.1@example.net>\r
            Date: Thu, 18 Feb 2021 08:10:00 -0300\r
            \r
            XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r
            """;

    /** By "layout.variant": variant "full" (every value) or "minimal" (no optional values). */
    private static final Map<String, SpamAssassin.Verdict> verdicts = new HashMap<>();

    static Stream<String> emailLayouts() {
        return new BuiltinLayouts()
                .all().stream().filter(t -> t.channel() == Channel.EMAIL).map(Template::id);
    }

    @BeforeAll
    static void score_every_email_layout() throws Exception {
        SpamAssassin.requireInstalled();
        Files.createDirectories(OUT);
        LayoutRenderer renderer = new LayoutRenderer();
        BuiltinLayouts builtins = new BuiltinLayouts();
        Session session = Session.getInstance(new Properties());
        Map<String, String> minimal = new HashMap<>(Variable.examples());
        OPTIONAL.forEach(name -> minimal.put(name, ""));

        List<byte[]> messages = new ArrayList<>();
        for (String id : emailLayouts().toList()) {
            for (var variant :
                    Map.of("full", Variable.examples(), "minimal", minimal).entrySet()) {
                RenderedMessage rendered = renderer.render(builtins.find(id).orElseThrow(), variant.getValue());
                var envelope = new MimeComposer.Envelope(
                        "cobranca@provedor.com.br",
                        "Provedor Exemplo",
                        "maria@example.com",
                        "Maria Silva",
                        Variable.UNSUBSCRIBE_LINK.example(),
                        "mailto:descadastro@provedor.com.br?subject=descadastro-0190a3f2",
                        Instant.now(),
                        id + "." + variant.getKey() + "." + Ids.next() + "@provedor.com.br");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MimeComposer.compose(session, envelope, rendered).writeTo(bytes);
                messages.add(bytes.toByteArray());
                Files.write(OUT.resolve(id + "." + variant.getKey() + ".eml"), bytes.toByteArray());
            }
        }
        // A known spam in the same run proves the scorer scores: a pass is not a parse that saw nothing.
        messages.add(GTUBE.getBytes(StandardCharsets.US_ASCII));

        SpamAssassin.score(messages, OUT.resolve("spamassassin.out")).forEach((messageId, verdict) -> {
            String[] parts = messageId.substring(1).split("\\.");
            verdicts.put(parts[0] + "." + parts[1], verdict);
        });
        Files.writeString(OUT.resolve("scores.md"), table());
    }

    @ParameterizedTest
    @MethodSource("emailLayouts")
    void each_email_layout_scores_at_most_one_point_in_spamassassin(String id) {
        for (String variant : List.of("full", "minimal")) {
            SpamAssassin.Verdict verdict = verdicts.get(id + "." + variant);

            assertThat(verdict.score())
                    .as("%s (%s values) scored %s: %s", id, variant, verdict.score(), verdict.hits())
                    .isLessThanOrEqualTo(MAX_SCORE);
        }
    }

    @Test
    void the_scorer_really_scores_spam_as_spam() {
        SpamAssassin.Verdict gtube = verdicts.get("gtube.full");

        assertThat(gtube.score()).isGreaterThan(5.0);
        assertThat(gtube.hits()).extracting(SpamAssassin.Hit::rule).contains("GTUBE");
    }

    private static String table() {
        StringBuilder table = new StringBuilder(
                "| layout | score, every value | score, no optional values | rules hit |\n|---|---:|---:|---|\n");
        emailLayouts().forEach(id -> {
            SpamAssassin.Verdict full = verdicts.get(id + ".full");
            SpamAssassin.Verdict minimal = verdicts.get(id + ".minimal");
            List<String> rules = Stream.concat(full.hits().stream(), minimal.hits().stream())
                    .map(h -> "`" + h.rule() + "` (" + h.points() + ")")
                    .distinct()
                    .toList();
            table.append(
                    "| `%s` | %s | %s | %s |\n".formatted(id, full.score(), minimal.score(), String.join(", ", rules)));
        });
        table.append("\n| rule | description |\n|---|---|\n");
        verdicts.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("gtube"))
                .flatMap(e -> e.getValue().hits().stream())
                .map(h -> "| `" + h.rule() + "` | " + h.description() + " |\n")
                .distinct()
                .sorted()
                .forEach(table::append);
        return table.toString();
    }
}
