package br.com.regua.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A real SMTP server on loopback that only counts: every message it accepted, and how many times
 * each Message-ID arrived — the receiving end of a crash test, which must see each message once.
 */
final class CountingSmtpServer implements AutoCloseable {

    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)");

    private final Map<String, AtomicInteger> byMessageId = new ConcurrentHashMap<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final SMTPServer server;

    CountingSmtpServer() {
        server = SMTPServer.port(0)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .maxConnections(50)
                .messageHandlerFactory(context -> new Handler())
                .build();
        server.start();
    }

    int port() {
        return server.getPortAllocated();
    }

    /** Messages accepted, duplicates included. */
    int accepted() {
        return accepted.get();
    }

    /** Different messages accepted. */
    int distinct() {
        return byMessageId.size();
    }

    /** Messages that arrived more than once, counted once per extra arrival. */
    int duplicates() {
        return byMessageId.values().stream().mapToInt(n -> n.get() - 1).sum();
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Handler implements MessageHandler {
        @Override
        public void from(String from) {}

        @Override
        public void recipient(String recipient) {}

        @Override
        public String data(InputStream data) throws IOException {
            String text = new String(data.readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher m = MESSAGE_ID.matcher(text);
            String id = m.find() ? m.group(1) : "(none) " + accepted.get();
            byMessageId.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            accepted.incrementAndGet();
            return null;
        }

        @Override
        public void done() {}
    }
}
