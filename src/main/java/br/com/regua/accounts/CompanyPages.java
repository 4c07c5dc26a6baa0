package br.com.regua.accounts;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.MobilePhone;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configurações > Geral > Dados da empresa: the name customers see and the merchant's own
 * addresses ("Para mim"): for Régua's notices to the merchant, such as a deactivated
 * subscription's (seed 001), and the copies of the customers' notices the matrix asks for (seed
 * 003), one by one or in a daily digest.
 */
@PageController
@RequestMapping("/configuracoes/dados-da-empresa")
class CompanyPages {

    /** As {@code PUT /api/v1/settings/account} takes them; a blank e-mail means "none". */
    record CompanyData(
            @NotBlank @Size(max = 200) String name,
            @Email @Size(max = 254) String notificationEmail,
            @MobilePhone String notificationMobile,
            boolean merchantDigest) {}

    private final Accounts accounts;

    CompanyPages(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        Accounts.Settings s = accounts.settings(CurrentAccount.id());
        model.addAttribute(
                "company",
                new CompanyData(
                        s.name(),
                        s.notificationEmail() == null ? "" : s.notificationEmail(),
                        s.notificationMobile() == null ? "" : s.notificationMobile(),
                        s.merchantDigest()));
        return "accounts/company";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("company") CompanyData company, BindingResult errors, RedirectAttributes next) {
        if (errors.hasErrors()) return "accounts/company";
        accounts.updateSettings(
                CurrentAccount.id(),
                new Accounts.Settings(
                        company.name(),
                        company.notificationEmail(),
                        company.notificationMobile(),
                        company.merchantDigest()));
        next.addFlashAttribute("saved", true);
        return "redirect:/configuracoes/dados-da-empresa";
    }
}
