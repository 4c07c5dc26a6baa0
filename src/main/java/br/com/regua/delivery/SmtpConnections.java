package br.com.regua.delivery;

import br.com.regua.senders.SenderConfig;
import br.com.regua.senders.SmtpSecurity;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Open SMTP connections kept per sender and reused across messages (a connection per message
 * would spend most of its time on TCP, TLS and AUTH). A sender whose settings changed gets fresh
 * connections.
 */
@Component
class SmtpConnections {

    static final int PER_SENDER = 4;

    /**
     * A connection idle for longer than this is asked whether it is still open before it is used
     * again. Jakarta Mail asks with a NOOP, one more round trip: for every message of a busy
     * dispatch that would be a fifth of its SMTP round trips, while servers only close idle
     * connections after tens of seconds or minutes.
     */
    static final Duration CHECK_WHEN_IDLE_FOR = Duration.ofSeconds(2);

    /** An open connection; {@code releasedAt} null while new. */
    record Connection(SenderConfig sender, Session session, Transport transport, Instant releasedAt) {

        boolean usedJustNow(Instant now) {
            return releasedAt != null && now.isBefore(releasedAt.plus(CHECK_WHEN_IDLE_FOR));
        }
    }

    private final Map<UUID, BlockingQueue<Connection>> idle = new ConcurrentHashMap<>();
    private final Clock clock;

    SmtpConnections(Clock clock) {
        this.clock = clock;
    }

    /** An open connection for the sender: an idle one when its settings still match, else a new one. */
    Connection acquire(SenderConfig sender) throws MessagingException {
        BlockingQueue<Connection> pool = pool(sender);
        Connection c;
        while ((c = pool.poll()) != null) {
            if (c.sender().equals(sender)
                    && (c.usedJustNow(clock.instant()) || c.transport().isConnected())) return c;
            close(c);
        }
        Session session = Session.getInstance(properties(sender));
        Transport transport = session.getTransport(sender.security() == SmtpSecurity.SSL ? "smtps" : "smtp");
        transport.connect(sender.host(), portOf(sender), sender.username(), sender.secret());
        return new Connection(sender, session, transport, null);
    }

    /** Puts a healthy connection back for the next message. */
    void release(Connection c) {
        Connection released = new Connection(c.sender(), c.session(), c.transport(), clock.instant());
        if (!pool(c.sender()).offer(released)) close(released);
    }

    /** Drops a connection that failed: the next message opens a new one. */
    void discard(Connection c) {
        close(c);
    }

    private BlockingQueue<Connection> pool(SenderConfig sender) {
        return idle.computeIfAbsent(sender.id(), id -> new ArrayBlockingQueue<>(PER_SENDER));
    }

    static Properties properties(SenderConfig sender) {
        String protocol = sender.security() == SmtpSecurity.SSL ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail." + protocol + ".host", sender.host());
        p.put("mail." + protocol + ".port", String.valueOf(portOf(sender)));
        p.put("mail." + protocol + ".auth", String.valueOf(sender.username() != null));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "30000");
        p.put("mail." + protocol + ".writetimeout", "30000");
        if (sender.security() == SmtpSecurity.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (sender.security() == SmtpSecurity.SSL) {
            p.put("mail.smtps.ssl.checkserveridentity", "true");
        } else {
            p.put("mail.smtp.socketFactory.class", NoDelaySocketFactory.class.getName());
            p.put("mail.smtp.socketFactory.fallback", "false");
            p.put("mail.smtp.socketFactory.port", String.valueOf(portOf(sender)));
        }
        return p;
    }

    private static int portOf(SenderConfig sender) {
        if (sender.port() != null) return sender.port();
        return sender.security() == SmtpSecurity.SSL ? 465 : 587;
    }

    private static void close(Connection c) {
        try {
            c.transport().close();
        } catch (MessagingException ignored) {
            // closing a broken connection: nothing left to do with it
        }
    }
}
