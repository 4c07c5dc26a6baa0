package br.com.regua.delivery;

import jakarta.mail.MessagingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Whose problem an SMTP refusal is, from where in the conversation it came and its enhanced status
 * code (RFC 3463). Only the recipient's own refusal bounces and suppresses the address: a 5xx at
 * RCPT TO, or after the data with a code of the address (5.1.x) or mailbox (5.2.x) class. A 5xx
 * at MAIL FROM, a relay denied, a message too large or refused for its content is not the
 * customer's: the notice fails with the server's answer and nobody is suppressed — and where the
 * sender is clearly at fault (its address, its credentials, relaying) the sender is paused. Any
 * 4xx is transient.
 */
final class SmtpRefusals {

    private static final Pattern ENHANCED = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    /** Where the server said no. */
    enum Stage {
        MAIL_FROM,
        RCPT_TO,
        DATA
    }

    private SmtpRefusals() {}

    /** The outcome of a refused send; the server's reply kept verbatim. */
    static SendOutcome classify(MessagingException e) {
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPSenderFailedException s) return classify(Stage.MAIL_FROM, s.getReturnCode(), text(s));
            if (x instanceof SMTPAddressFailedException a) return classify(Stage.RCPT_TO, a.getReturnCode(), text(a));
            if (x instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                return classify(stageOf(s.getCommand()), s.getReturnCode(), text(s));
            }
        }
        return new SendOutcome.TransientFailure(EmailSender.describe(e));
    }

    static SendOutcome classify(Stage stage, int code, String reply) {
        if (code < 500) return new SendOutcome.TransientFailure(reply);
        String enhanced = enhanced(reply);
        String lower = reply.toLowerCase(Locale.ROOT);
        if (stage == Stage.MAIL_FROM) return new SendOutcome.Rejected(reply, true);
        if (code == 530 || code == 535 || enhanced.matches("5\\.7\\.(0|8|9)")) {
            // authentication required or refused: the sender's credentials
            return new SendOutcome.Rejected(reply, true);
        }
        if (lower.contains("relay")) return new SendOutcome.Rejected(reply, true);
        if (recipients(enhanced)) return new SendOutcome.PermanentFailure(reply);
        if (stage == Stage.RCPT_TO && enhanced.isEmpty() && code >= 550 && code <= 553) {
            // classic codes without an enhanced one, at RCPT TO: no such user, mailbox unavailable
            return new SendOutcome.PermanentFailure(reply);
        }
        return new SendOutcome.Rejected(reply, false);
    }

    private static Stage stageOf(String command) {
        String c = command == null ? "" : command.toUpperCase(Locale.ROOT);
        if (c.startsWith("MAIL FROM")) return Stage.MAIL_FROM;
        if (c.startsWith("RCPT TO")) return Stage.RCPT_TO;
        return Stage.DATA;
    }

    /** 5.1.x (the address) and 5.2.x (the mailbox) but 5.2.3, the message's own length. */
    private static boolean recipients(String enhanced) {
        return enhanced.startsWith("5.1.") || (enhanced.startsWith("5.2.") && !enhanced.equals("5.2.3"));
    }

    private static String enhanced(String reply) {
        Matcher m = ENHANCED.matcher(reply);
        return m.find() ? m.group() : "";
    }

    private static String text(MessagingException e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().trim();
    }
}
