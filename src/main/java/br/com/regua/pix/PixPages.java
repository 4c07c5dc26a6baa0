package br.com.regua.pix;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cobranças > Pix recebidos: the webhook URL to register at the PSP, and every Pix it reported. */
@PageController
@RequestMapping("/cobrancas/pix")
class PixPages {

    private final PixPayments payments;

    PixPages(PixPayments payments) {
        this.payments = payments;
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, Model model) {
        var accountId = CurrentAccount.id();
        model.addAttribute("webhook", payments.webhook(accountId).orElse(null));
        model.addAttribute("page", payments.list(accountId, PageRequest.of(null, cursor)));
        return "pix/list";
    }

    /** The new URL travels to the next page as a flash attribute: shown once, gone on reload. */
    @PostMapping("/webhook")
    String rotate(RedirectAttributes next) {
        next.addFlashAttribute("createdUrl", payments.rotateWebhook(CurrentAccount.id()));
        return "redirect:/cobrancas/pix";
    }
}
