package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the built-in layouts say about the due date, seen from the day the notice goes out. */
class DueDateWordsTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 22);
    private static final LocalDate FRIDAY_BEFORE = LocalDate.of(2026, 3, 20);

    private final BuiltinLayouts builtins = new BuiltinLayouts();
    private final LayoutRenderer renderer = new LayoutRenderer();

    @ParameterizedTest
    @CsvSource({
        "2026-03-22, sim, 0, 'hoje, 22/03/2026'",
        "2026-03-21, '', 1, 'amanhã, 22/03/2026'",
        "2026-03-20, '', 2, 'no domingo, 22/03/2026'",
        "2026-03-16, '', 6, 'no domingo, 22/03/2026'",
        "2026-03-15, '', 7, 'em 22/03/2026'",
        "2026-03-25, '', -3, 'em 22/03/2026'"
    })
    void the_words_for_a_sunday_due_date_depend_on_the_day_they_are_told(
            LocalDate today, String dueToday, String daysUntilDue, String dueWhen) {
        assertThat(DueDateWords.of(SUNDAY, today))
                .containsExactly(
                        Map.entry("dueToday", dueToday),
                        Map.entry("daysUntilDue", daysUntilDue),
                        Map.entry("dueWhen", dueWhen));
    }

    @Test
    void weekdays_take_their_article() {
        assertThat(DueDateWords.of(LocalDate.of(2026, 3, 24), FRIDAY_BEFORE).get("dueWhen"))
                .isEqualTo("na terça-feira, 24/03/2026");
        assertThat(DueDateWords.of(LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 18))
                        .get("dueWhen"))
                .isEqualTo("no sábado, 21/03/2026");
    }

    @Test
    void an_on_due_email_sent_on_the_friday_before_a_sunday_due_date_does_not_say_today_and_names_the_date() {
        RenderedMessage email = render("builtin-on-due-email", FRIDAY_BEFORE);

        assertThat(email.subject()).isEqualTo("Sua fatura vence no domingo, 22/03/2026");
        assertThat(email.html()).doesNotContain("hoje").contains("vence no domingo, 22/03/2026");
        assertThat(email.text()).doesNotContain("hoje").contains("vence no domingo, 22/03/2026. Pague até lá");
    }

    @Test
    void an_on_due_email_sent_on_the_due_date_says_today() {
        RenderedMessage email = render("builtin-on-due-email", SUNDAY);

        assertThat(email.subject()).isEqualTo("Sua fatura vence hoje, 22/03/2026");
        assertThat(email.text()).contains("vence hoje. Pague até o fim do dia");
    }

    @Test
    void an_on_due_whatsapp_sent_on_the_friday_before_says_sunday_and_on_the_day_today() {
        assertThat(render("builtin-on-due-whatsapp", FRIDAY_BEFORE).whatsapp().parameters())
                .element(3)
                .isEqualTo("no domingo, 22/03/2026");
        assertThat(render("builtin-on-due-whatsapp", SUNDAY).whatsapp().parameters())
                .element(3)
                .isEqualTo("hoje, 22/03/2026");
    }

    @Test
    void no_before_or_on_due_layout_says_today_unless_it_goes_out_on_the_due_date() {
        for (Template layout : builtins.all()) {
            if (!layout.id().contains("before-due") && !layout.id().contains("on-due")) continue;
            RenderedMessage early = render(layout.id(), FRIDAY_BEFORE);
            assertThat(String.join("\n", parts(early))).as(layout.id()).doesNotContain("hoje");
            if (layout.id().contains("on-due")) {
                assertThat(String.join("\n", parts(render(layout.id(), SUNDAY))))
                        .as(layout.id())
                        .contains("hoje");
            }
        }
    }

    private RenderedMessage render(String id, LocalDate sentOn) {
        Map<String, String> values = new HashMap<>(Variable.examples());
        values.put("dueDate", Variable.date(SUNDAY));
        values.putAll(DueDateWords.of(SUNDAY, sentOn));
        return renderer.render(builtins.find(id).orElseThrow(), values);
    }

    private static List<String> parts(RenderedMessage m) {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {m.subject(), m.html(), m.text()}) {
            if (part != null) parts.add(part);
        }
        if (m.whatsapp() != null) parts.addAll(m.whatsapp().parameters());
        return parts;
    }
}
