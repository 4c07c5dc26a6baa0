/**
 * The local outbox provider of SMS and WhatsApp; {@link br.com.regua.delivery.outbox.OutboxMessages}
 * lists what it kept, for the back-office.
 */
@org.springframework.modulith.NamedInterface("outbox")
package br.com.regua.delivery.outbox;
