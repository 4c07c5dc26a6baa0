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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in e-mail layout, rendered with the example values and composed exactly as the
 * dispatcher sends it, scores at most 1.0 in SpamAssassin (which calls 5.0 spam). The messages
 * and a score table land in {@code target/deliverability/}; docs/DELIVERABILITY.md explains.
 */
class DeliverabilityTest {

    static final double MAX_SCORE = 1.0;
    private static final Path OUT = Path.of("target", "deliverability");
    private static final Map<String, SpamAssassin.Verdict> verdicts = new LinkedHashMap<>();
    private static SpamAssassin.Verdict gtube;

    /** SpamAssassin's own test spam (its GTUBE line scores 1000). */
    private static final String GTUBE = """
            From: Someone <someone@example.net>\r
            To: maria@example.com\r
            Subject: Test spam mail (GTUBE)\r
            Message-ID: <gtube.1@example.net>\r
            Date: Thu, 18 Feb 2021 08:10:00 -0300\r
            \r
            XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X\r
            """;

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
        List<String> ids = emailLayouts().toList();
        List<byte[]> messages = new ArrayList<>();
        for (String id : ids) {
            RenderedMessage rendered = renderer.render(builtins.find(id).orElseThrow(), Variable.examples());
            var envelope = new MimeComposer.Envelope(
                    "cobranca@provedor.com.br",
                    "Provedor Exemplo",
                    "maria@example.com",
                    "Maria Silva",
                    Variable.UNSUBSCRIBE_LINK.example(),
                    "mailto:descadastro@provedor.com.br?subject=descadastro-0190a3f2",
                    Instant.now(),
                    id + "." + Ids.next() + "@provedor.com.br");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            MimeComposer.compose(session, envelope, rendered).writeTo(bytes);
            messages.add(bytes.toByteArray());
            Files.write(OUT.resolve(id + ".eml"), bytes.toByteArray());
        }
        // A known spam in the same run proves the scorer scores, so a pass is not a parse that saw nothing.
        messages.add(GTUBE.getBytes(StandardCharsets.US_ASCII));
        Map<String, SpamAssassin.Verdict> scored = SpamAssassin.score(messages, OUT.resolve("spamassassin.out"));
        scored.forEach((messageId, verdict) -> {
            String layout = messageId.substring(1, messageId.indexOf('.'));
            if (layout.startsWith("gtube")) gtube = verdict;
            else verdicts.put(layout, verdict);
        });
        Files.writeString(OUT.resolve("scores.md"), table());
    }

    @ParameterizedTest
    @MethodSource("emailLayouts")
    void each_email_layout_scores_at_most_one_point_in_spamassassin(String id) {
        SpamAssassin.Verdict verdict = verdicts.get(id);

        assertThat(verdict.score())
                .as("%s scored %s: %s", id, verdict.score(), verdict.hits())
                .isLessThanOrEqualTo(MAX_SCORE);
    }

    @org.junit.jupiter.api.Test
    void the_scorer_really_scores_spam_as_spam() {
        assertThat(gtube.score()).isGreaterThan(5.0);
        assertThat(gtube.hits()).extracting(SpamAssassin.Hit::rule).contains("GTUBE");
    }

    private static String table() {
        StringBuilder table = new StringBuilder("| layout | score | rules hit |\n|---|---:|---|\n");
        emailLayouts().forEach(id -> {
            SpamAssassin.Verdict verdict = verdicts.get(id);
            table.append("| `")
                    .append(id)
                    .append("` | ")
                    .append(verdict.score())
                    .append(" | ");
            List<String> rules = verdict.hits().stream()
                    .map(h -> "`" + h.rule() + "` (" + h.points() + ")")
                    .toList();
            table.append(String.join(", ", rules)).append(" |\n");
        });
        table.append("\n| rule | description |\n|---|---|\n");
        emailLayouts()
                .flatMap(id -> verdicts.get(id).hits().stream())
                .map(h -> "| `" + h.rule() + "` | " + h.description() + " |\n")
                .distinct()
                .forEach(table::append);
        return table.toString();
    }
}
