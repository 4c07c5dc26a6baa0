package br.com.regua.webhooks;

import br.com.regua.testing.Api;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/** A real SMTP server on loopback keeping each message as "[recipient]\n" and its raw text. */
final class MailSink implements AutoCloseable {

    private final List<String> mails = new CopyOnWriteArrayList<>();
    private final SMTPServer server;

    MailSink() {
        server = SMTPServer.port(0)
                .bindAddress(java.net.InetAddress.getLoopbackAddress())
                .messageHandlerFactory(context -> new MessageHandler() {
                    private String to;

                    @Override
                    public void from(String from) {}

                    @Override
                    public void recipient(String recipient) {
                        to = recipient;
                    }

                    @Override
                    public String data(InputStream data) throws IOException {
                        mails.add("[" + to + "]\n" + new String(data.readAllBytes(), StandardCharsets.UTF_8));
                        return null;
                    }

                    @Override
                    public void done() {}
                })
                .build();
        server.start();
    }

    List<String> mails() {
        return mails;
    }

    /** An SMTP sender of the account pointing here; answers its id. */
    String senderOf(Api api) {
        return api.post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "127.0.0.1",
                                "port", server.getPortAllocated(),
                                "security", "NONE",
                                "fromAddress", "cobranca@provedor.com.br",
                                "fromName", "Provedor Fibra Sul"))
                .id();
    }

    @Override
    public void close() {
        server.stop();
    }
}
