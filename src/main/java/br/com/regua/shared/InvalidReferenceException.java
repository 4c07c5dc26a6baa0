package br.com.regua.shared;

/**
 * A field names something the caller may not use: an id of another account, a made-up id, one of
 * the wrong kind (an SMS sender as a payment method's e-mail sender), or a server the installation
 * does not let a tenant reach. The request is well formed but cannot be processed: HTTP 422 naming
 * the field. Pages show it beside the field like any other {@link InvalidFieldException}.
 */
public class InvalidReferenceException extends InvalidFieldException {

    public InvalidReferenceException(String field, String message) {
        super(field, message);
    }
}
