package br.com.regua.accounts;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Configurações > Integrações > Chaves de API. */
@PageController
@RequestMapping("/configuracoes/chaves-de-api")
class ApiKeyPages {

    record NewKey(@NotBlank @Size(max = 100) String name) {}

    private final ApiKeys apiKeys;

    ApiKeyPages(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("newKey")) model.addAttribute("newKey", new NewKey(""));
        model.addAttribute("keys", apiKeys.list(CurrentAccount.id()));
        return "accounts/api-keys";
    }

    /** The key travels to the next page as a flash attribute: shown once, gone on reload. */
    @PostMapping
    String create(
            @Valid @ModelAttribute("newKey") NewKey newKey,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        if (errors.hasErrors()) {
            model.addAttribute("keys", apiKeys.list(CurrentAccount.id()));
            return "accounts/api-keys";
        }
        next.addFlashAttribute(
                "createdKey", apiKeys.create(CurrentAccount.id(), newKey.name().trim()));
        next.addFlashAttribute("createdName", newKey.name().trim());
        return "redirect:/configuracoes/chaves-de-api";
    }

    @PostMapping("/{id}/revogacao")
    String revoke(@PathVariable String id, RedirectAttributes next) {
        UUID accountId = CurrentAccount.id();
        UUID keyId = Ids.parseOrNotFound(id, "Chave de API");
        if (apiKeys.list(accountId).stream().noneMatch(key -> key.id().equals(keyId))) {
            throw new NotFoundException("Chave de API");
        }
        apiKeys.revoke(accountId, keyId);
        next.addFlashAttribute("revoked", true);
        return "redirect:/configuracoes/chaves-de-api";
    }
}
