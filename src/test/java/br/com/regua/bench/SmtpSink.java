package br.com.regua.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postfix's {@code smtp-sink} on a free loopback port: it accepts every message and throws it
 * away, so what is measured is the client. Its {@code -c} counters tell how many messages it
 * received, to cross-check the client's count.
 */
final class SmtpSink implements AutoCloseable {

    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/sbin/smtp-sink"), Path.of("/usr/bin/smtp-sink"), Path.of("/usr/lib/postfix/smtp-sink"));
    private static final Pattern COUNTER = Pattern.compile("mesg=(\\d+)");

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();

    private SmtpSink(Process process, int port) {
        this.process = process;
        this.port = port;
        Thread reader = new Thread(this::read, "smtp-sink-output");
        reader.setDaemon(true);
        reader.start();
    }

    static SmtpSink start() throws IOException, InterruptedException {
        Path binary = CANDIDATES.stream()
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("Postfix's smtp-sink is not installed (looked in " + CANDIDATES + ")."
                                + " Install it with: apt-get update && apt-get install -y postfix"
                                + " (only the smtp-sink binary is used; no postfix daemon needs to run)"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-c"));
        // smtp-sink refuses to run as root unless told whose privileges to drop to.
        if ("root".equals(System.getProperty("user.name"))) command.addAll(List.of("-u", "nobody"));
        command.addAll(List.of("127.0.0.1:" + port, "1000"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        SmtpSink sink = new SmtpSink(process, port);
        sink.awaitListening();
        return sink;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until the sink's counter reaches {@code count} (it prints its counters when a session
     * ends, a moment after the client closed it), for at most 5 s; answers the counter then.
     */
    long awaitReceived(long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long received;
        while ((received = received()) < count && System.nanoTime() < deadline) Thread.sleep(20);
        return received;
    }

    /** Messages received so far (the sink's own counter), or -1 if it has not printed one yet. */
    long received() {
        Matcher m = COUNTER.matcher(output.toString());
        long last = -1;
        while (m.find()) last = Long.parseLong(m.group(1));
        return last;
    }

    /** CPU seconds the sink has used so far. */
    double cpuSeconds() {
        return ProcessCpu.seconds(process.pid());
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("smtp-sink exited with " + process.exitValue() + ": " + output);
            }
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("smtp-sink did not listen on port " + port + ": " + output);
    }

    private void read() {
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                output.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                // Only the latest counters matter; keep the buffer small.
                if (output.length() > 1_000_000) output.delete(0, output.length() - 1000);
            }
        } catch (IOException ignored) {
            // the sink was stopped
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
