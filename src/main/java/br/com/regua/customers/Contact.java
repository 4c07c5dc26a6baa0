package br.com.regua.customers;

import java.time.Instant;
import java.util.UUID;

/** Someone who receives a customer's notices, with the channels they accept. */
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
        Instant createdAt) {}
