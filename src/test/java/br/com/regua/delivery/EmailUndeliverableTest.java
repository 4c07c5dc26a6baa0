package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.EmailUndeliverable.Cause;
import org.junit.jupiter.api.Test;

/** Which of seed 001's causes a server's answer is. */
class EmailUndeliverableTest {

    @Test
    void a_bounce_is_a_full_mailbox_on_552_or_5_2_2_and_an_unknown_address_otherwise() {
        assertThat(EmailUndeliverable.ofBounce("552 5.2.2 Mailbox full")).isEqualTo(Cause.MAILBOX_FULL);
        assertThat(EmailUndeliverable.ofBounce("550 5.2.2 <x@example.com>: quota exceeded"))
                .isEqualTo(Cause.MAILBOX_FULL);
        assertThat(EmailUndeliverable.ofBounce("550 5.1.1 <x@example.com>: User unknown"))
                .isEqualTo(Cause.UNKNOWN_ADDRESS);
    }

    @Test
    void the_last_transient_answer_is_a_full_mailbox_on_452_or_4_2_2_and_the_server_unavailable_otherwise() {
        assertThat(EmailUndeliverable.ofLastTransient("452 4.2.2 Mailbox full")).isEqualTo(Cause.MAILBOX_FULL);
        assertThat(EmailUndeliverable.ofLastTransient("451 4.3.0 Temporary lookup failure"))
                .isEqualTo(Cause.SERVER_UNAVAILABLE);
    }

    @Test
    void only_an_smtp_4xx_is_the_recipients_server_speaking_not_a_connection_that_failed() {
        assertThat(EmailUndeliverable.isServerAnswer("451 4.3.0 try again later"))
                .isTrue();
        assertThat(EmailUndeliverable.isServerAnswer("Connection refused")).isFalse();
        assertThat(EmailUndeliverable.isServerAnswer(null)).isFalse();
    }
}
