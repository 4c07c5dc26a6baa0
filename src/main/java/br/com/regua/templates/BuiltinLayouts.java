package br.com.regua.templates;

import br.com.regua.shared.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The layouts every account has, read from {@code classpath:layouts/<id>/}. E-mail layouts share
 * one frame ({@code layouts/email-frame.html}) into which their title, preheader and content are
 * put when loaded, so each is served as one self-contained layout that a merchant can copy.
 */
final class BuiltinLayouts {

    static final String PREFIX = "builtin-";

    /** Ids are a contract: sending rules and the planner store them. */
    static final List<String> IDS = List.of(
            "builtin-before-due-email",
            "builtin-before-due-sms",
            "builtin-before-due-whatsapp",
            "builtin-on-due-email",
            "builtin-on-due-sms",
            "builtin-on-due-whatsapp",
            "builtin-after-due-email",
            "builtin-after-due-sms",
            "builtin-after-due-whatsapp",
            "builtin-overdue-notice-email",
            "builtin-payment-confirmed-email",
            "builtin-charge-cancelled-email",
            "builtin-subscription-cancelled-email",
            "builtin-carne-cancelled-email",
            "builtin-subscription-deactivated-email",
            "builtin-charge-created-email",
            "builtin-carne-created-email");

    private final Map<String, Template> byId = new LinkedHashMap<>();

    BuiltinLayouts() {
        EmailParts shared = new EmailParts(
                resource("layouts/email-frame.html"),
                resource("layouts/email-payment.html").strip(),
                resource("layouts/email-payment.txt").strip());
        for (String id : IDS) byId.put(id, load(id, shared));
    }

    /** What the e-mail layouts share: the frame, and the payment block in HTML and in text. */
    private record EmailParts(String frame, String paymentHtml, String paymentText) {}

    static boolean isBuiltin(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    Optional<Template> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Template> all() {
        return new ArrayList<>(byId.values());
    }

    private static Template load(String id, EmailParts shared) {
        String folder = "layouts/" + id + "/";
        Properties layout = properties(folder + "layout.properties");
        Channel channel = Channel.valueOf(layout.getProperty("channel"));
        String name = layout.getProperty("name");
        return switch (channel) {
            case EMAIL -> {
                String html = shared.frame()
                        .replace("%%TITLE%%", layout.getProperty("title"))
                        .replace("%%PREHEADER%%", layout.getProperty("preheader"))
                        .replace("%%FOOTER%%", layout.getProperty("footer"))
                        .replace(
                                "%%CONTENT%%",
                                resource(folder + "content.html").strip().replace("%%PAYMENT%%", shared.paymentHtml()));
                String text = resource(folder + "body.txt").replace("%%PAYMENT%%", shared.paymentText());
                yield new Template(
                        id,
                        name,
                        channel,
                        true,
                        resource(folder + "subject.txt").strip(),
                        html,
                        text,
                        null,
                        null,
                        null);
            }
            case SMS ->
                new Template(
                        id,
                        name,
                        channel,
                        true,
                        null,
                        null,
                        resource(folder + "body.txt").strip(),
                        null,
                        null,
                        null);
            case WHATSAPP -> {
                List<String> parameters = new ArrayList<>();
                for (int i = 1; layout.containsKey("whatsapp.parameter." + i); i++) {
                    parameters.add(layout.getProperty("whatsapp.parameter." + i));
                }
                var whatsapp = new WhatsAppTemplate(
                        layout.getProperty("whatsapp.name"), layout.getProperty("whatsapp.language"), parameters);
                yield new Template(
                        id,
                        name,
                        channel,
                        true,
                        null,
                        null,
                        resource(folder + "body.txt").strip(),
                        whatsapp,
                        null,
                        null);
            }
        };
    }

    private static Properties properties(String path) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(open(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
        return properties;
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = BuiltinLayouts.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("missing built-in layout resource " + path);
        return in;
    }
}
