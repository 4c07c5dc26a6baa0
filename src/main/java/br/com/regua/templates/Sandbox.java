package br.com.regua.templates;

import br.com.regua.shared.InvalidFieldException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.cache.tag.NoOpTagCache;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.core.DisallowExtensionCustomizerBuilder;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles and renders layouts written by merchants. Layout text is code from outside, so it gets
 * Pebble with everything that reaches beyond its own string taken away: the loader only knows the
 * string itself (no file, classpath or other template), the tags that pull in other templates or
 * change escaping are not registered, the {@link LayoutPolicy} refuses any attribute or method
 * access, function call, unknown variable or filter when the template is compiled, no method of
 * any object may be called, and a render stops at a maximum size. Variables are Strings only.
 */
final class Sandbox {

    /** Where the rendered text goes, which decides its escaping. */
    enum Target {
        /** An HTML body: every variable is HTML-escaped. */
        HTML,
        /** A plain-text body, an SMS or a WhatsApp parameter: no escaping. */
        TEXT,
        /** A header (the subject): one line; CR and LF never survive, from the layout or the values. */
        HEADER
    }

    static final int MAX_HTML_CHARS = 200_000;
    static final int MAX_TEXT_CHARS = 50_000;
    static final int MAX_HEADER_CHARS = 250;
    private static final int CACHED_TEMPLATES = 256;
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
    private static final String TOO_DEEP = "nested too deep";
    private static final Pattern UNEXPECTED_TAG = Pattern.compile("Unexpected tag name \"([^\"]*)\"");

    /** Everything Pebble offers beyond if/elseif/else/endif and printing. */
    private static final List<String> DISALLOWED_TAGS = List.of(
            "include",
            "import",
            "from",
            "extends",
            "embed",
            "block",
            "macro",
            "parallel",
            "cache",
            "flush",
            "autoescape",
            "set",
            "for",
            "filter");

    private static final List<String> DISALLOWED_FUNCTIONS = List.of("range", "max", "min", "i18n", "block", "parent");

    private final LayoutPolicy.Extension htmlPolicy = new LayoutPolicy.Extension();
    private final LayoutPolicy.Extension textPolicy = new LayoutPolicy.Extension();
    private final PebbleEngine html;
    private final PebbleEngine text;

    Sandbox() {
        this.html = engine(htmlPolicy, true, MAX_HTML_CHARS);
        this.text = engine(textPolicy, false, MAX_TEXT_CHARS);
    }

    private static PebbleEngine engine(LayoutPolicy.Extension policy, boolean escapeHtml, int maxRenderedSize) {
        return new PebbleEngine.Builder()
                .loader(new StringLoader())
                .registerExtensionCustomizer(new DisallowExtensionCustomizerBuilder()
                        .disallowedTokenParserTags(DISALLOWED_TAGS)
                        .disallowedFunctionKeys(DISALLOWED_FUNCTIONS)
                        .disallowedFilterKeys(List.of("raw"))
                        .build())
                .extension(policy)
                .autoEscaping(escapeHtml)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .methodAccessValidator((object, method) -> false)
                .maxRenderedSize(maxRenderedSize)
                .templateCache(new BoundedTemplateCache(CACHED_TEMPLATES))
                .tagCache(new NoOpTagCache())
                .defaultLocale(PT_BR)
                // Text layouts keep their lines as written: "Valor: {{ amount }}" stays a line.
                .newLineTrimming(false)
                .build();
    }

    /**
     * Refuses, naming {@code field}, a layout that does not compile under the policy, has a filter
     * or test that cannot render for some values (in any branch), or does not render with the
     * example values.
     */
    void check(String field, String source, Target target) {
        if (source == null) return;
        if (target == Target.HEADER && LINE_BREAKS.matcher(source).find()) {
            throw new InvalidFieldException(field, "deve ter uma linha só (sem quebras de linha)");
        }
        try {
            PebbleTemplate template = compile(source, target);
            var typeError = policy(target).typeError(template);
            if (typeError.isPresent()) throw new LayoutPolicy.Refused(typeError.get(), null);
            render(source, target, Variable.examples());
        } catch (LayoutPolicy.Refused e) {
            throw new InvalidFieldException(field, e.getMessage());
        } catch (PebbleException e) {
            throw new InvalidFieldException(field, describe(e));
        }
    }

    /**
     * Renders with {@code values}; known variables that are absent render as empty text.
     *
     * @throws LayoutPolicy.Refused when the layout is not allowed, or fails for these values on a
     *     filter or test that does not fit its signature (a layout saved before that was checked)
     * @throws PebbleException for any other failure of Pebble, whatever it threw
     */
    String render(String source, Target target, Map<String, String> values) {
        PebbleTemplate template = compile(source, target);
        Map<String, Object> context = new HashMap<>();
        for (Variable variable : Variable.values()) {
            String value = values.get(variable.key());
            if (value == null) value = "";
            context.put(variable.key(), target == Target.HEADER ? oneLine(value) : value);
        }
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, context, PT_BR);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (StackOverflowError e) {
            throw new PebbleException(e, TOO_DEEP);
        } catch (PebbleException | LayoutPolicy.Refused e) {
            throw e;
        } catch (RuntimeException e) {
            // Pebble's filters cast without looking (NullPointerException, ClassCastException...):
            // the signature the layout broke, when it was saved before that was checked, says why.
            var typeError = policy(target).typeError(template);
            if (typeError.isPresent()) throw new LayoutPolicy.Refused(typeError.get(), e);
            throw new PebbleException(e, unexpected(e));
        }
        if (target != Target.HEADER) return out.toString();
        String line = oneLine(out.toString());
        return line.length() <= MAX_HEADER_CHARS ? line : line.substring(0, MAX_HEADER_CHARS - 1) + "…";
    }

    private PebbleTemplate compile(String source, Target target) {
        try {
            return (target == Target.HTML ? html : text).getTemplate(source);
        } catch (StackOverflowError e) {
            // Pebble's parser and our policy recurse: thousands of nested "(" or {% if %} end here.
            // Nothing is locked while compiling, so the stack unwinds cleanly.
            throw new PebbleException(e, TOO_DEEP);
        } catch (PebbleException | LayoutPolicy.Refused e) {
            throw e;
        } catch (NumberFormatException e) {
            throw new PebbleException(e, "um número do layout é grande demais");
        } catch (RuntimeException e) {
            throw new PebbleException(e, unexpected(e));
        }
    }

    private LayoutPolicy.Extension policy(Target target) {
        return target == Target.HTML ? htmlPolicy : textPolicy;
    }

    private static String unexpected(RuntimeException e) {
        return "erro inesperado do processador de layouts (" + e.getClass().getSimpleName() + ")";
    }

    static String oneLine(String value) {
        return LINE_BREAKS.matcher(value).replaceAll(" ").strip();
    }

    /** A layout error for the merchant, in Portuguese, with its line when Pebble knows it. */
    static String describe(RuntimeException failure) {
        if (!(failure instanceof PebbleException e)) return failure.getMessage();
        String message = e.getPebbleMessage();
        Matcher tag = UNEXPECTED_TAG.matcher(message == null ? "" : message);
        String where = e.getLineNumber() == null ? "" : "linha " + e.getLineNumber() + ": ";
        if (tag.find()) {
            return where + "a tag {% " + tag.group(1) + " %} não é permitida; use só {% if %}, {% elseif %}, "
                    + "{% else %} e {% endif %}";
        }
        if (TOO_DEEP.equals(message)) {
            return "o layout tem parênteses, filtros ou {% if %} aninhados demais";
        }
        if (message != null && message.startsWith("Tried to write more than")) {
            return "o texto gerado passa do tamanho máximo";
        }
        return where + "o layout não pôde ser processado: " + message;
    }
}
