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
    private volatile String senderRefusal;
    private volatile String dataRefusal;
    private final Map<String, String> recipientRefusals = new ConcurrentHashMap<>();
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

    /** Every MAIL FROM gets this answer, e.g. {@code "553 5.7.1 Sender address rejected"}. */
    void refuseSender(String answer) {
        senderRefusal = answer;
    }

    /** Accept senders again. */
    void acceptSender() {
        senderRefusal = null;
    }

    /** Every RCPT TO for this address gets this answer, e.g. {@code "550 5.7.1 Relaying denied"}. */
    void refuseRecipient(String address, String answer) {
        recipientRefusals.put(address.toLowerCase(), answer);
    }

    /** Every message gets this answer after its data, e.g. {@code "552 5.3.4 Message too big"}. */
    void refuseData(String answer) {
        dataRefusal = answer;
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
        public void from(String from) throws RejectException {
            reject(senderRefusal);
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            rcptAttempts.incrementAndGet();
            String address = recipient.toLowerCase();
            reject(recipientRefusals.get(address));
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
        public String data(InputStream data) throws IOException, RejectException {
            byte[] bytes = data.readAllBytes();
            reject(dataRefusal);
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

    private static void reject(String answer) throws RejectException {
        if (answer == null) return;
        throw new RejectException(Integer.parseInt(answer.substring(0, 3)), answer.substring(4));
    }
}
