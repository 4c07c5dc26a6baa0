package br.com.regua.delivery;

import br.com.regua.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The customer's way out, without login: the link in every message opens a confirmation page;
 * mail clients that support RFC 8058 POST to the same address in one click. Either suppresses the
 * address for that channel; doing it again changes nothing.
 */
@PageController
class UnsubscribePages {

    private final UnsubscribeLinks links;
    private final Suppressions suppressions;
    private final UndeliverableAddresses undeliverable;

    UnsubscribePages(UnsubscribeLinks links, Suppressions suppressions, UndeliverableAddresses undeliverable) {
        this.undeliverable = undeliverable;
        this.links = links;
        this.suppressions = suppressions;
    }

    @GetMapping("/descadastro/{token}")
    String confirm(@PathVariable String token, Model model) {
        var target = links.read(token).orElseThrow(UnsubscribePages::notFound);
        model.addAttribute("address", target.address());
        model.addAttribute("done", suppressions.isSuppressed(target.accountId(), target.channel(), target.address()));
        return "delivery/unsubscribe";
    }

    @PostMapping("/descadastro/{token}")
    @ResponseStatus(HttpStatus.OK)
    String unsubscribe(@PathVariable String token, Model model) {
        var target = links.read(token).orElseThrow(UnsubscribePages::notFound);
        suppressions.suppress(
                target.accountId(),
                target.channel(),
                target.address(),
                Suppressions.Reason.UNSUBSCRIBE,
                "descadastro pelo link da mensagem");
        if (target.channel() == br.com.regua.shared.Channel.EMAIL) {
            undeliverable.tell(
                    target.accountId(),
                    target.address(),
                    EmailUndeliverable.Cause.UNSUBSCRIBED,
                    "descadastro pelo link da mensagem");
        }
        model.addAttribute("address", target.address());
        model.addAttribute("done", true);
        return "delivery/unsubscribe";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Link de descadastro inválido");
    }
}
