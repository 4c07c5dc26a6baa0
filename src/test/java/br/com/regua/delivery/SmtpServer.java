package br.com.regua.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on loopback that the test reads: it keeps what it accepted, and can refuse a
 * recipient permanently (550) or a few times temporarily (451), as real servers do.
 */
final class SmtpServer implements AutoCloseable {

    private final List<MimeMessage> received = new CopyOnWriteArrayList<>();
    private final List<byte[]> raw = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> refusals = new ConcurrentHashMap<>();
    private final Map<String, Integer> temporary = new ConcurrentHashMap<>();
    private final AtomicInteger rcptAttempts = new AtomicInteger();
    private final SMTPServer server;

    SmtpServer() {
        this(0);
    }

    /** On a given port, to come back where a server was before. */
    SmtpServer(int port) {
        server = SMTPServer.port(port)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .messageHandlerFactory(context -> new Handler())
                .build();
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    List<MimeMessage> received() {
        return received;
    }

    /** What was accepted byte for byte, as a receiver's DKIM verifier reads it. */
    List<byte[]> raw() {
        return raw;
    }

    /** Every RCPT TO for this address gets "550 5.1.1 ... User unknown". */
    void refusePermanently(String address) {
        refusals.put(address.toLowerCase(), 550);
    }

    /** The next {@code times} RCPT TO for this address get "451 4.3.0 ... try again later". */
    void refuseTemporarily(String address, int times) {
        temporary.put(address.toLowerCase(), times);
    }

    int rcptAttempts() {
        return rcptAttempts.get();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Handler implements MessageHandler {
        @Override
        public void from(String from) {}

        @Override
        public void recipient(String recipient) throws RejectException {
            rcptAttempts.incrementAndGet();
            String address = recipient.toLowerCase();
            if (refusals.containsKey(address)) {
                throw new RejectException(550, "5.1.1 <" + recipient + ">: Recipient address rejected: User unknown");
            }
            Integer left = temporary.get(address);
            if (left != null && left > 0) {
                temporary.put(address, left - 1);
                throw new RejectException(451, "4.3.0 <" + recipient + ">: Temporary lookup failure, try again later");
            }
        }

        @Override
        public String data(InputStream data) throws IOException {
            byte[] bytes = data.readAllBytes();
            raw.add(bytes);
            try {
                received.add(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes)));
            } catch (jakarta.mail.MessagingException e) {
                throw new IOException(e);
            }
            return null;
        }

        @Override
        public void done() {}
    }
}
