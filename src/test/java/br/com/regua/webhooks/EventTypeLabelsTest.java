package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Configurações > Integrações > Webhooks shows every event type in pt-BR, never its code alone. */
class EventTypeLabelsTest {

    static final java.util.List<String> TYPES = EventTypes.ALL;

    @ParameterizedTest
    @FieldSource("TYPES")
    void every_event_type_has_its_pt_br_label(String type) throws Exception {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(messages.getProperty(EventTypes.label(type))).isNotBlank();
        for (String status : java.util.List.of("ACTIVE", "INACTIVE", "FAILURES", "GONE")) {
            assertThat(messages.getProperty("webhook.status." + status)).isNotBlank();
        }
    }
}
