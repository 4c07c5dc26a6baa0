package br.com.regua.templates;

import br.com.regua.shared.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/templates")
@Tag(name = "Layouts", description = "Layouts de e-mail, SMS e WhatsApp")
class TemplatesController {

    /** What saving checks, for the OpenAPI document. */
    static final String CHECKED = "O layout é verificado ao ser salvo, em todos os ramos de {% if %}: uma construção "
            + "não permitida, uma variável desconhecida ou um filtro/teste com argumentos que não cabem na sua "
            + "assinatura (upper, lower, capitalize, title, trim e urlencode sem argumentos; default(valor); "
            + "abbreviate(n), n inteiro de 1 a 200000 escrito no layout; is empty e is null sem argumentos), ou "
            + "aplicado a um valor que ele não aceita, responde 400 com errors[].field = subject, html, text ou "
            + "whatsapp.parameters[i] e a mensagem com a linha. Um layout salvo responde ao preview com quaisquer "
            + "valores.";

    record Items<T>(List<T> items, String next) {}

    /** Values that replace the example ones, by variable name. */
    record PreviewData(Map<String, String> variables) {}

    private final Templates templates;

    TemplatesController(Templates templates) {
        this.templates = templates;
    }

    @GetMapping
    @Operation(summary = "Lista os layouts padrão e os da conta")
    Items<Template> list() {
        return new Items<>(templates.list(CurrentAccount.id()), null);
    }

    @GetMapping("/{id}")
    Template get(@PathVariable String id) {
        return templates.get(CurrentAccount.id(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cria um layout (para copiar um padrão, envie o conteúdo dele)", description = CHECKED)
    Template create(@Valid @RequestBody TemplateData body) {
        return templates.create(CurrentAccount.id(), body);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Altera um layout da conta; os padrão são somente leitura (409)", description = CHECKED)
    Template update(@PathVariable String id, @Valid @RequestBody TemplateData body) {
        return templates.update(CurrentAccount.id(), id, body);
    }

    @PostMapping("/{id}/preview")
    @Operation(summary = "Gera o layout com dados de exemplo, trocando os que vierem em variables")
    RenderedMessage preview(@PathVariable String id, @RequestBody(required = false) PreviewData body) {
        return templates.preview(CurrentAccount.id(), id, body == null ? null : body.variables());
    }
}
