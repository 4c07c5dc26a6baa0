package br.com.regua.delivery;

/**
 * What the server or provider answered, kept verbatim: accepted; a transient failure (SMTP 4xx,
 * a refused connection, HTTP 429/5xx) to retry with backoff; a permanent rejection of the
 * recipient (SMTP 5xx at RCPT TO or of the address and mailbox classes, HTTP 4xx for the number)
 * that bounces and suppresses the address; a rejection that is not the recipient's (the sender's
 * address, relaying, the message's size or content), which fails the notice without suppressing
 * anyone and, when {@code senderFault}, pauses the sender; or no answer at all after the request
 * left (an HTTP provider's read timeout), which is not repeated blindly because providers do not
 * de-duplicate.
 */
public sealed interface SendOutcome {

    String response();

    record Accepted(String response, String providerMessageId) implements SendOutcome {}

    record TransientFailure(String response) implements SendOutcome {}

    record PermanentFailure(String response) implements SendOutcome {}

    record Rejected(String response, boolean senderFault) implements SendOutcome {}

    record Unconfirmed(String response) implements SendOutcome {}
}
