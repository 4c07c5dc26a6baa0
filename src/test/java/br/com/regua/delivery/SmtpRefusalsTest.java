package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.SmtpRefusals.Stage;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whose problem an SMTP refusal is: only the recipient's own refusals suppress the address. */
class SmtpRefusalsTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            RCPT_TO   | 550 5.1.1 <ana@x.com>: Recipient address rejected: User unknown | SUPPRESS
            RCPT_TO   | 550 No such user here                                           | SUPPRESS
            RCPT_TO   | 553 mailbox name not allowed                                    | SUPPRESS
            RCPT_TO   | 552 5.2.2 <ana@x.com>: Mailbox full                             | SUPPRESS
            RCPT_TO   | 550 5.2.1 Mailbox disabled, not accepting messages             | SUPPRESS
            RCPT_TO   | 554 5.7.1 <ana@x.com>: Relay access denied                      | PAUSE
            RCPT_TO   | 550 5.7.1 Relaying denied                                       | PAUSE
            RCPT_TO   | 550 5.7.1 Service unavailable; client host blocked using zen    | FAIL
            RCPT_TO   | 530 5.7.0 Authentication required                               | PAUSE
            MAIL_FROM | 553 5.7.1 <cobranca@x.com>: Sender address rejected: not owned | PAUSE
            MAIL_FROM | 550 5.1.8 Sender domain does not exist                          | PAUSE
            MAIL_FROM | 535 5.7.8 Authentication credentials invalid                    | PAUSE
            DATA      | 552 5.3.4 Message size exceeds fixed maximum message size       | FAIL
            DATA      | 552 5.2.3 Message length exceeds administrative limit           | FAIL
            DATA      | 554 5.7.1 Message rejected as spam                              | FAIL
            DATA      | 550 5.1.1 <ana@x.com>: user unknown (after data)                | SUPPRESS
            DATA      | 554 Transaction failed                                          | FAIL
            RCPT_TO   | 451 4.3.0 Temporary lookup failure                              | RETRY
            RCPT_TO   | 452 4.2.2 Mailbox full, try later                               | RETRY
            MAIL_FROM | 421 4.7.0 Too many connections                                  | RETRY
            DATA      | 451 4.7.1 Greylisted, try again                                 | RETRY
            """)
    void only_a_refusal_of_the_recipient_suppresses_and_only_the_senders_own_fault_pauses(
            Stage stage, String reply, String expected) {
        int code = Integer.parseInt(reply.substring(0, 3));

        SendOutcome outcome = SmtpRefusals.classify(stage, code, reply);

        assertThat(outcome.response()).isEqualTo(reply);
        assertThat(kind(outcome)).isEqualTo(expected);
    }

    @Test
    void the_stage_is_read_from_the_exception_jakarta_mail_throws() throws Exception {
        var to = new InternetAddress("ana@x.com");
        var from = new InternetAddress("cobranca@x.com");
        String relay = "554 5.7.1 <ana@x.com>: Relay access denied";
        var atRcpt = new jakarta.mail.SendFailedException("Invalid Addresses");
        atRcpt.setNextException(new SMTPAddressFailedException(to, "RCPT TO:<ana@x.com>", 550, "550 5.1.1 unknown"));

        assertThat(kind(SmtpRefusals.classify(atRcpt))).isEqualTo("SUPPRESS");
        assertThat(kind(SmtpRefusals.classify(
                        new SMTPSenderFailedException(from, "MAIL FROM:<cobranca@x.com>", 553, "553 5.1.7 bad"))))
                .isEqualTo("PAUSE");
        assertThat(kind(SmtpRefusals.classify(new SMTPSendFailedException(
                        "MAIL FROM:<cobranca@x.com>",
                        553,
                        "553 5.7.1 Sender address rejected",
                        null,
                        null,
                        null,
                        null))))
                .as("as Angus reports a refused MAIL FROM")
                .isEqualTo("PAUSE");
        assertThat(kind(SmtpRefusals.classify(
                        new SMTPSendFailedException("DATA", 552, "552 5.3.4 too big", null, null, null, null))))
                .isEqualTo("FAIL");
        var relayed = new jakarta.mail.SendFailedException("Invalid Addresses");
        relayed.setNextException(new SMTPAddressFailedException(to, "RCPT TO:<ana@x.com>", 554, relay));
        assertThat(kind(SmtpRefusals.classify(relayed))).isEqualTo("PAUSE");
    }

    private static String kind(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.PermanentFailure) return "SUPPRESS";
        if (outcome instanceof SendOutcome.Rejected r) return r.senderFault() ? "PAUSE" : "FAIL";
        if (outcome instanceof SendOutcome.TransientFailure) return "RETRY";
        return outcome.getClass().getSimpleName();
    }
}
