package br.com.regua.pix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PixOutcomeLabelsTest {

    @Test
    void every_pix_outcome_has_a_pt_br_label() throws Exception {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (PixOutcome outcome : PixOutcome.values()) {
            assertThat(messages.getProperty("pix.outcome." + outcome))
                    .as(outcome.name())
                    .isNotBlank();
        }
    }
}
