package br.com.regua.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a customer (API body and back-office form). */
public record CustomerData(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) @ValidDocument String document,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @MobilePhone String mobilePhone,
        @Size(max = 100) String externalReference,
        Boolean notificationsDisabled) {}
