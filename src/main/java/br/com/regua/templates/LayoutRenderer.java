package br.com.regua.templates;

import br.com.regua.templates.Sandbox.Target;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Renders a layout's parts, each with the escaping of where it goes, and checks them all. */
final class LayoutRenderer {

    private static final Pattern WHITESPACE_RUNS = Pattern.compile("\\s+");

    private final Sandbox sandbox = new Sandbox();

    RenderedMessage render(Template template, Map<String, String> values) {
        return switch (template.channel()) {
            case EMAIL ->
                new RenderedMessage(
                        sandbox.render(template.subject(), Target.HEADER, values),
                        sandbox.render(template.html(), Target.HTML, values),
                        sandbox.render(template.text(), Target.TEXT, values),
                        null);
            case SMS -> new RenderedMessage(null, null, sandbox.render(template.text(), Target.TEXT, values), null);
            case WHATSAPP -> {
                WhatsAppTemplate whatsapp = template.whatsapp();
                // The Cloud API refuses parameters with line breaks, tabs or runs of spaces.
                List<String> parameters = whatsapp.parameters().stream()
                        .map(p -> WHITESPACE_RUNS
                                .matcher(sandbox.render(p, Target.TEXT, values))
                                .replaceAll(" ")
                                .strip())
                        .toList();
                yield new RenderedMessage(
                        null,
                        null,
                        template.text() == null ? null : sandbox.render(template.text(), Target.TEXT, values),
                        new WhatsAppTemplate(whatsapp.name(), whatsapp.language(), parameters));
            }
        };
    }

    /** Refuses, naming the field, any part of the layout that the sandbox does not accept. */
    void check(Template template) {
        sandbox.check("subject", template.subject(), Target.HEADER);
        sandbox.check("html", template.html(), Target.HTML);
        sandbox.check("text", template.text(), Target.TEXT);
        if (template.whatsapp() != null) {
            List<String> parameters = template.whatsapp().parameters();
            for (int i = 0; i < parameters.size(); i++) {
                sandbox.check("whatsapp.parameters[" + i + "]", parameters.get(i), Target.TEXT);
            }
        }
    }
}
