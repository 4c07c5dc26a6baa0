package br.com.regua.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone who receives a customer's notices, with the channels they accept. {@code duplicateOf}
 * is the contact with the same e-mail address (in another case) this one was found to repeat when
 * addresses became case-insensitive; such a contact gets no e-mail.
 */
public record Contact(
        UUID id,
        UUID customerId,
        String name,
        String email,
        String mobilePhone,
        boolean primary,
        boolean allowEmail,
        boolean allowSms,
        boolean allowWhatsapp,
        Instant createdAt,
        UUID duplicateOf) {}
