package br.com.regua.accounts;

import br.com.regua.shared.CurrentAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
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
            @Email @Size(max = 254) String notificationEmail) {}

    private final Accounts accounts;

    AccountSettingsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    AccountSettings get() {
        UUID id = CurrentAccount.id();
        return new AccountSettings(
                accounts.get(id).name(), accounts.notificationEmail(id).orElse(null));
    }

    @PutMapping
    @Operation(
            summary = "Nome da empresa e e-mail do lojista (notificationEmail), para onde vão os avisos da"
                    + " Régua ao lojista, como o de um agendamento desativado")
    AccountSettings put(@Valid @RequestBody AccountSettings body) {
        String email =
                body.notificationEmail() == null || body.notificationEmail().isBlank()
                        ? null
                        : body.notificationEmail().trim();
        accounts.updateSettings(CurrentAccount.id(), body.name().trim(), email);
        return get();
    }
}
