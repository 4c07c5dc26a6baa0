package br.com.regua.customers;

import java.time.Instant;
import java.util.UUID;

/** A customer; {@code email} and {@code mobilePhone} are those of its primary contact. */
public record Customer(
        UUID id,
        String name,
        String document,
        Document.Type documentType,
        String email,
        String mobilePhone,
        boolean notificationsDisabled,
        String externalReference,
        Instant createdAt,
        PostalAddress address) {}
