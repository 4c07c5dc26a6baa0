package br.com.regua.templates;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores messages with the Debian package's SpamAssassin, local rules only (no DNS, no network
 * tests, no Bayes), all messages in one run (its start-up is most of its time).
 */
final class SpamAssassin {

    record Hit(double points, String rule, String description) {}

    record Verdict(double score, List<Hit> hits) {}

    private static final Pattern STATUS = Pattern.compile("score=(-?[0-9.]+)");
    private static final Pattern REPORT_LINE = Pattern.compile("^\\s*\\*\\s+(-?[0-9.]+)\\s+(\\S+)\\s+(.*)$");

    private SpamAssassin() {}

    static void requireInstalled() {
        try {
            Process version = new ProcessBuilder("spamassassin", "--version")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (version.waitFor(60, TimeUnit.SECONDS) && version.exitValue() == 0) return;
            fail("spamassassin --version failed: " + out + MISSING);
        } catch (IOException e) {
            fail("SpamAssassin is not installed (" + e.getMessage() + ")." + MISSING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }

    private static final String MISSING = " Run .ci/run, which installs the Debian package spamassassin"
            + " (or: apt-get install -y --no-install-recommends spamassassin), then run the tests again.";

    /**
     * Scores each message (RFC 5322 bytes, each with its own Message-ID), by Message-ID: in an
     * mbox run SpamAssassin does not answer in input order. Its own output goes to {@code log}.
     */
    static Map<String, Verdict> score(List<byte[]> messages, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        "spamassassin",
                        "-L", // local tests only: no DNS blocklists, no network
                        "-x", // no per-user preferences file created
                        "-p",
                        "/dev/null", // nor read
                        "--mbox",
                        "--cf=use_bayes 0",
                        "--cf=report_safe 0",
                        "--cf=add_header all Report _REPORT_")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream in = process.getOutputStream()) {
            for (byte[] message : messages) in.write(mboxEntry(message));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(log, out);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("spamassassin failed; its output is in " + log);
        }
        Map<String, Verdict> verdicts = parse(out);
        if (verdicts.size() != messages.size()) {
            throw new IllegalStateException(
                    "expected " + messages.size() + " verdicts, got " + verdicts.size() + "; see " + log);
        }
        return verdicts;
    }

    private static byte[] mboxEntry(byte[] message) {
        String text = new String(message, StandardCharsets.US_ASCII).replace("\r\n", "\n");
        // mboxrd: a body line that starts with "From " would otherwise start a new message
        text = text.replaceAll("(?m)^(>*From )", ">$1");
        if (!text.endsWith("\n")) text += "\n";
        return ("From regua@localhost Thu Jan  1 00:00:00 2026\n" + text + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Each message's Message-ID with the verdict of its X-Spam-Status and X-Spam-Report headers. */
    private static Map<String, Verdict> parse(String out) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (String message : out.split("(?m)^From regua@localhost .*\n")) {
            if (message.isBlank()) continue;
            Map<String, String> headers = headers(message);
            String id = headers.get("message-id");
            String status = headers.get("x-spam-status");
            if (id == null || status == null) throw new IllegalStateException("unscored message: " + message);
            Matcher score = STATUS.matcher(status);
            if (!score.find()) throw new IllegalStateException("no score in " + status);
            verdicts.put(
                    id.strip(), new Verdict(Double.parseDouble(score.group(1)), hits(headers.get("x-spam-report"))));
        }
        return verdicts;
    }

    private static List<Hit> hits(String report) {
        List<Hit> hits = new ArrayList<>();
        if (report == null) return hits;
        for (String entry : report.split("\n")) {
            Matcher m = REPORT_LINE.matcher(entry);
            if (m.matches()) {
                hits.add(new Hit(
                        Double.parseDouble(m.group(1)), m.group(2), m.group(3).strip()));
            } else if (!hits.isEmpty() && entry.strip().startsWith("*")) {
                // a description that went on to the next line
                Hit last = hits.remove(hits.size() - 1);
                String more = entry.strip().substring(1).strip();
                hits.add(new Hit(last.points(), last.rule(), last.description() + " " + more));
            }
        }
        return hits;
    }

    /** The header section, names in lower case, continuation lines kept (joined by \n). */
    private static Map<String, String> headers(String message) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : message.split("\n", -1)) {
            if (line.isEmpty()) break;
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.merge(last, "\n" + line, String::concat);
            } else if (line.indexOf(':') > 0) {
                last = line.substring(0, line.indexOf(':')).toLowerCase(java.util.Locale.ROOT);
                headers.put(last, line.substring(line.indexOf(':') + 1));
            }
        }
        return headers;
    }
}
