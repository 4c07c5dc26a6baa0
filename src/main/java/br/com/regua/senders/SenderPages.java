package br.com.regua.senders;

import br.com.regua.shared.Channel;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Configurações > Geral > Remetentes (SMTP), with optional DKIM signing; a sender is added or
 * changed (credentials rotated) here. The password and the DKIM private key are write-only: no page
 * ever carries them back.
 */
@PageController
@RequestMapping("/configuracoes/remetentes")
class SenderPages {

    record NewSender(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 255) String host,

            @NotNull(message = "informe a porta") @Min(1) @Max(65535)
            Integer port,

            SmtpSecurity security,
            @Size(max = 255) String username,
            @Size(max = 1000) String password,
            @NotBlank @Email @Size(max = 254) String fromAddress,
            @Size(max = 200) String fromName,
            @Size(max = 253) String dkimDomain,
            @Size(max = 253) String dkimSelector,
            @Size(max = DkimData.MAX_KEY_LENGTH) String dkimPrivateKey) {}

    private final Senders senders;

    SenderPages(Senders senders) {
        this.senders = senders;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("senders", senders.list(CurrentAccount.id()));
        return "senders/list";
    }

    @GetMapping("/novo")
    String form(Model model) {
        model.addAttribute("sender", new NewSender("", "", 587, SmtpSecurity.STARTTLS, "", null, "", "", "", "", null));
        return formPage(model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("sender") NewSender sender,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        if (!errors.hasErrors()) {
            try {
                Sender created = senders.create(CurrentAccount.id(), data(sender, sender.password(), true));
                next.addFlashAttribute("done", "Remetente " + created.name() + " cadastrado.");
                return "redirect:/configuracoes/remetentes";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        return typedAgain(sender, model);
    }

    @GetMapping("/{id}/editar")
    String edit(@PathVariable String id, Model model) {
        Sender current = editable(id);
        model.addAttribute(
                "sender",
                new NewSender(
                        current.name(),
                        current.host(),
                        current.port(),
                        current.security(),
                        current.username(),
                        null,
                        current.fromAddress(),
                        current.fromName(),
                        "",
                        "",
                        null));
        return editPage(current, model);
    }

    /** A password or DKIM key left blank keeps the stored one; neither is ever sent back to the page. */
    @PostMapping("/{id}")
    String update(
            @PathVariable String id,
            @Valid @ModelAttribute("sender") NewSender sender,
            BindingResult errors,
            Model model,
            RedirectAttributes next) {
        Sender current = editable(id);
        if (!errors.hasErrors()) {
            try {
                String password = sender.password() == null || sender.password().isEmpty() ? null : sender.password();
                Sender updated = senders.update(CurrentAccount.id(), current.id(), data(sender, password, null));
                next.addFlashAttribute("done", "Remetente " + updated.name() + " alterado.");
                return "redirect:/configuracoes/remetentes";
            } catch (InvalidFieldException e) {
                errors.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        typedAgain(sender, model);
        return editPage(current, model);
    }

    private static SenderData data(NewSender sender, String password, Boolean active) {
        return new SenderData(
                sender.name(),
                Channel.EMAIL,
                sender.host(),
                sender.port(),
                sender.security(),
                sender.username(),
                password,
                sender.fromAddress(),
                sender.fromName(),
                active,
                Provider.SMTP,
                null,
                null,
                sender.dkimDomain(),
                sender.dkimSelector(),
                sender.dkimPrivateKey());
    }

    /** The form comes back with what was typed, except the password and the DKIM key, which are typed again. */
    private static String typedAgain(NewSender sender, Model model) {
        model.addAttribute(
                "typedPassword", sender.password() != null && !sender.password().isEmpty());
        model.addAttribute(
                "typedDkimKey",
                sender.dkimPrivateKey() != null && !sender.dkimPrivateKey().isBlank());
        return formPage(model);
    }

    /** Only SMTP senders have this form; the catcher and the provider senders are not edited here. */
    private Sender editable(String id) {
        Sender sender = senders.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"));
        if (sender.provider() != Provider.SMTP) throw new NotFoundException("Remetente");
        return sender;
    }

    private static String editPage(Sender current, Model model) {
        model.addAttribute("editing", current);
        return formPage(model);
    }

    @PostMapping("/{id}/ativacao")
    String activation(@PathVariable String id, @RequestParam boolean ativo, RedirectAttributes next) {
        UUID accountId = CurrentAccount.id();
        UUID senderId = Ids.parseOrNotFound(id, "Remetente");
        senders.setActive(accountId, senderId, ativo);
        Sender sender = senders.get(accountId, senderId);
        next.addFlashAttribute("done", "Remetente " + sender.name() + (ativo ? " ativado." : " desativado."));
        return "redirect:/configuracoes/remetentes";
    }

    private static String formPage(Model model) {
        model.addAttribute("securities", SmtpSecurity.values());
        return "senders/form";
    }
}
