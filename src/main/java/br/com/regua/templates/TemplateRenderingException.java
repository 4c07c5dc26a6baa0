package br.com.regua.templates;

/**
 * A saved layout could not be rendered with these values (e.g. they made it longer than the
 * maximum size, or a layout saved before its filters were checked hits one that cannot take them).
 * Trying again renders the same: the message, in Portuguese, says why, for the notice's history.
 */
public class TemplateRenderingException extends RuntimeException {
    public TemplateRenderingException(String templateId, String reason, Throwable cause) {
        super("o layout " + templateId + " não pôde ser gerado: " + reason, cause);
    }
}
