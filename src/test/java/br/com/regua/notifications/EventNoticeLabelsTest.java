package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every event notice is shown in pt-BR: on the charge's notifications, the diagnosis and Configurações > E-mails. */
class EventNoticeLabelsTest {

    @ParameterizedTest
    @EnumSource(EventNotice.class)
    void every_event_notice_has_its_pt_br_labels(EventNotice notice) throws Exception {
        Properties messages = new Properties();
        try (var in = getClass().getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(messages.getProperty("notice.trigger." + notice.name())).isNotBlank();
        assertThat(messages.getProperty("event.notice." + notice.name())).startsWith("E-mail de ");
        assertThat(messages.getProperty("event.notice." + notice.name() + ".help"))
                .startsWith("Enviado ");
    }
}
