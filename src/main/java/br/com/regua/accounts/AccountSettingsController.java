package br.com.regua.accounts;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.MobilePhone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Appendix B: the account's name and the merchant's own address ("Para mim"). */
@RestController
@RequestMapping("/api/v1/settings/account")
@Tag(name = "Conta", description = "Dados da empresa")
class AccountSettingsController {

    record AccountSettings(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String notificationEmail,
            @MobilePhone String notificationMobile,
            Boolean merchantDigest) {}

    private final Accounts accounts;

    AccountSettingsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    AccountSettings get() {
        return of(accounts.settings(CurrentAccount.id()));
    }

    private static AccountSettings of(Accounts.Settings s) {
        return new AccountSettings(s.name(), s.notificationEmail(), s.notificationMobile(), s.merchantDigest());
    }

    @PutMapping
    @Operation(
            summary = "Nome da empresa e endereços do lojista (\"Para mim\")",
            description = "notificationEmail: para onde vão os avisos da Régua ao lojista (um agendamento"
                    + " desativado) e as cópias por e-mail dos avisos cujas células \"Para mim\" da matriz do"
                    + " cliente estão marcadas; notificationMobile: o celular das cópias por SMS e WhatsApp"
                    + " (guardado em E.164); merchantDigest: true para receber um só e-mail por dia, com as"
                    + " cobranças pagas e vencidas do dia, em vez de uma cópia por aviso. Um PUT substitui"
                    + " tudo: um endereço ausente ou em branco fica sem endereço, merchantDigest ausente é false.")
    AccountSettings put(@Valid @RequestBody AccountSettings body) {
        return of(accounts.updateSettings(
                CurrentAccount.id(),
                new Accounts.Settings(
                        body.name(),
                        body.notificationEmail(),
                        body.notificationMobile(),
                        Boolean.TRUE.equals(body.merchantDigest()))));
    }
}
