package br.com.regua.templates;

/**
 * A saved layout could not be rendered with these values (e.g. they made it longer than the
 * maximum size). Layouts are checked when saved, so this is about the values, not the layout.
 */
public class TemplateRenderingException extends RuntimeException {
    public TemplateRenderingException(String templateId, Throwable cause) {
        super("layout " + templateId + " could not be rendered: " + cause.getMessage(), cause);
    }
}
