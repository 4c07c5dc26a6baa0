package br.com.regua.templates;

import br.com.regua.accounts.Account;
import br.com.regua.accounts.Accounts;
import br.com.regua.shared.Channel;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import io.pebbletemplates.pebble.error.PebbleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Layouts ("Layouts de e-mail / modelos"): the built-in ones and each account's own. The
 * dispatcher renders them with {@link #render}; sending rules check their choice with
 * {@link #exists}.
 */
@Service
public class Templates {

    private final LayoutRenderer renderer = new LayoutRenderer();
    private final BuiltinLayouts builtins = new BuiltinLayouts();
    private final TemplateRows rows;
    private final Accounts accounts;

    Templates(TemplateRows rows, Accounts accounts) {
        this.rows = rows;
        this.accounts = accounts;
        // A built-in layout that does not pass the merchants' rules is a bug: fail at start.
        builtins.all().forEach(renderer::check);
    }

    /** Whether the account can use this layout id (a built-in one or one of its own). */
    public boolean exists(UUID accountId, String templateId) {
        if (BuiltinLayouts.isBuiltin(templateId))
            return builtins.find(templateId).isPresent();
        return Ids.parse(templateId).map(id -> rows.exists(accountId, id)).orElse(false);
    }

    /**
     * Renders a layout for one recipient. {@code variables} are the {@link Variable} keys with
     * values already formatted ({@link Variable#money}, {@link Variable#date}); absent ones render
     * empty, unknown ones are ignored.
     *
     * @throws NotFoundException when the account has no such layout
     * @throws TemplateRenderingException when these values cannot be rendered
     */
    public RenderedMessage render(UUID accountId, String templateId, Map<String, String> variables) {
        return render(get(accountId, templateId), variables);
    }

    /**
     * Renders a layout already looked up with {@link #get} (a dispatcher renders one layout for many
     * recipients).
     *
     * @throws TemplateRenderingException when these values cannot be rendered
     */
    public RenderedMessage render(Template template, Map<String, String> variables) {
        try {
            return renderer.render(template, variables == null ? Map.of() : variables);
        } catch (PebbleException | LayoutPolicy.Refused e) {
            // The sandbox turns whatever Pebble throws into one of these: a layout error of this notice.
            throw new TemplateRenderingException(template.id(), Sandbox.describe(e), e);
        }
    }

    /** Built-in layouts first, then the account's own in creation order. */
    public List<Template> list(UUID accountId) {
        List<Template> all = new ArrayList<>(builtins.all());
        all.addAll(rows.list(accountId));
        return all;
    }

    public Template get(UUID accountId, String templateId) {
        return find(accountId, templateId).orElseThrow(() -> new NotFoundException("Layout"));
    }

    Template create(UUID accountId, TemplateData data) {
        validate(data);
        UUID id = Ids.next();
        rows.insert(accountId, id, data);
        return get(accountId, id.toString());
    }

    Template update(UUID accountId, String templateId, TemplateData data) {
        Template current = get(accountId, templateId);
        if (current.builtin()) {
            throw new ConflictException(
                    "Layouts padrão não podem ser alterados; crie uma cópia (POST /api/v1/templates "
                            + "com o conteúdo deste) e use-a nas regras de envio");
        }
        if (data.channel() != null && data.channel() != current.channel()) {
            throw new InvalidFieldException(
                    "channel", "o canal de um layout não muda (é " + current.channel() + "); crie outro layout");
        }
        validate(data);
        rows.update(accountId, UUID.fromString(current.id()), data);
        return get(accountId, templateId);
    }

    /** The layout rendered with the example values, the account's name and {@code overrides}. */
    RenderedMessage preview(UUID accountId, String templateId, Map<String, String> overrides) {
        Template template = get(accountId, templateId);
        Map<String, String> values = Variable.examples();
        accounts.find(accountId).map(Account::name).ifPresent(name -> values.put(Variable.MERCHANT_NAME.key(), name));
        if (overrides != null) {
            overrides.forEach((key, value) -> {
                if (Variable.of(key).isEmpty()) {
                    throw new InvalidFieldException("variables." + key, "variável desconhecida");
                }
                values.put(key, value);
            });
        }
        try {
            return renderer.render(template, values);
        } catch (PebbleException | LayoutPolicy.Refused e) {
            throw new InvalidFieldException(
                    "variables", "o layout não pôde ser gerado com estes valores: " + Sandbox.describe(e));
        }
    }

    public Optional<Template> find(UUID accountId, String templateId) {
        if (BuiltinLayouts.isBuiltin(templateId)) return builtins.find(templateId);
        return Ids.parse(templateId).flatMap(id -> rows.find(accountId, id));
    }

    private void validate(TemplateData data) {
        Channel channel = data.channel();
        switch (channel) {
            case EMAIL -> {
                required("subject", data.subject(), channel);
                required("html", data.html(), channel);
                required("text", data.text(), channel);
                if (data.whatsapp() != null) throw notApplicable("whatsapp", channel);
            }
            case SMS -> {
                required("text", data.text(), channel);
                absent("subject", data.subject(), channel);
                absent("html", data.html(), channel);
                if (data.whatsapp() != null) throw notApplicable("whatsapp", channel);
            }
            case WHATSAPP -> {
                if (data.whatsapp() == null) throw new InvalidFieldException("whatsapp", "obrigatório para WHATSAPP");
                absent("subject", data.subject(), channel);
                absent("html", data.html(), channel);
            }
        }
        renderer.check(new Template(
                null,
                data.name(),
                channel,
                false,
                data.subject(),
                data.html(),
                data.text(),
                data.whatsapp(),
                null,
                null));
    }

    private static void required(String field, String value, Channel channel) {
        if (value == null || value.isBlank()) throw new InvalidFieldException(field, "obrigatório para " + channel);
    }

    private static void absent(String field, String value, Channel channel) {
        if (value != null && !value.isBlank()) throw notApplicable(field, channel);
    }

    private static InvalidFieldException notApplicable(String field, Channel channel) {
        return new InvalidFieldException(field, "não se aplica ao canal " + channel);
    }
}
