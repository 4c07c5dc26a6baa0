package br.com.regua.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Contas", description = "Criação de contas pelo operador (Authorization: Bearer REGUA_OPERATOR_TOKEN)")
class AccountsController {

    record NewAccount(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String email) {}

    record AccountCreated(UUID id, String name, String apiKey, AdminUser adminUser) {}

    record AdminUser(String username, String password) {}

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cria uma conta; a chave de API e a senha do usuário são mostradas só agora")
    AccountCreated create(@Valid @RequestBody NewAccount body) {
        CreatedAccount created = accounts.create(body.name().trim(), body.email());
        return new AccountCreated(
                created.id(),
                created.name(),
                created.apiKey(),
                new AdminUser(created.adminUsername(), created.adminPassword()));
    }
}
