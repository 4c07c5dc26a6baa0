package br.com.regua.delivery;

/**
 * What the server or provider answered, kept verbatim: accepted; a transient failure (SMTP 4xx,
 * timeout, connection refused, HTTP 429/5xx) to retry with backoff; or a permanent rejection
 * (SMTP 5xx, HTTP 4xx for the address) that bounces and suppresses the address.
 */
public sealed interface SendOutcome {

    String response();

    record Accepted(String response, String providerMessageId) implements SendOutcome {}

    record TransientFailure(String response) implements SendOutcome {}

    record PermanentFailure(String response) implements SendOutcome {}
}
