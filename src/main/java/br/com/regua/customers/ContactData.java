package br.com.regua.customers;

import br.com.regua.shared.MobilePhone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A contact as a client sends it; the channel switches default to allowed. */
public record ContactData(
        @NotBlank @Size(max = 200) String name,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @MobilePhone String mobilePhone,
        Boolean allowEmail,
        Boolean allowSms,
        Boolean allowWhatsapp) {}
