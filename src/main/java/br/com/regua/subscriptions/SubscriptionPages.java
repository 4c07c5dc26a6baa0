package br.com.regua.subscriptions;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.ChargeFilter;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customer;
import br.com.regua.customers.Customers;
import br.com.regua.notifications.EventNotice;
import br.com.regua.notifications.EventNoticeSettings;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.NoticeCheckbox;
import br.com.regua.web.PageController;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Gerenciar boletos > Agendados, Agendamentos desativados (seed 001) and a subscription's page. */
@PageController
@RequestMapping("/boletos/agendados")
class SubscriptionPages {

    private final Subscriptions subscriptions;
    private final Charges charges;
    private final Customers customers;
    private final PaymentMethods paymentMethods;
    private final Accounts accounts;
    private final EventNoticeSettings noticeSettings;

    /**
     * The notices' switches come straight from the notifications module: unlike charges (which
     * notifications depends on, hence charges.NoticeDefaults), subscriptions already depends on it.
     */
    SubscriptionPages(
            Subscriptions subscriptions,
            Charges charges,
            Customers customers,
            PaymentMethods paymentMethods,
            Accounts accounts,
            EventNoticeSettings noticeSettings) {
        this.accounts = accounts;
        this.noticeSettings = noticeSettings;
        this.subscriptions = subscriptions;
        this.charges = charges;
        this.customers = customers;
        this.paymentMethods = paymentMethods;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status, @RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        SubscriptionStatus wanted = Arrays.stream(SubscriptionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        var page =
                subscriptions.list(accountId, new SubscriptionFilter(wanted, null, null), PageRequest.of(null, cursor));
        model.addAttribute("page", page);
        model.addAttribute("customerNames", customerNames(accountId, page));
        model.addAttribute("status", wanted);
        model.addAttribute("statuses", SubscriptionStatus.values());
        return "subscriptions/list";
    }

    /** Seed 001: "Pesquise pelo número recebido pelo e-mail". */
    @GetMapping("/desativados")
    String deactivated(
            @RequestParam(required = false) String numero, @RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        Long number = number(numero);
        boolean badNumber = numero != null && !numero.isBlank() && number == null;
        Page<Subscription> page = badNumber
                ? new Page<>(java.util.List.of(), null)
                : subscriptions.list(
                        accountId,
                        new SubscriptionFilter(SubscriptionStatus.DEACTIVATED, number, null),
                        PageRequest.of(null, cursor));
        model.addAttribute("page", page);
        model.addAttribute("customerNames", customerNames(accountId, page));
        model.addAttribute("numero", numero);
        model.addAttribute("badNumber", badNumber);
        return "subscriptions/deactivated";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        Subscription subscription = subscriptions.get(accountId, subscriptionId(id));
        model.addAttribute("subscription", subscription);
        // Seed 001: without the merchant's address, the deactivation e-mail could not go; said here instead.
        model.addAttribute(
                "merchantNotEmailed", accounts.notificationEmail(accountId).isEmpty());
        model.addAttribute(
                "customer", customers.find(accountId, subscription.customerId()).orElse(null));
        model.addAttribute(
                "paymentMethod",
                paymentMethods.find(accountId, subscription.paymentMethodId()).orElse(null));
        model.addAttribute(
                "charges",
                charges.list(
                        accountId,
                        new ChargeFilter(null, null, subscription.id()),
                        PageRequest.of(PageRequest.MAX_LIMIT, cursor)));
        // Seed 000: the cancellation's "enviar e-mail" checkbox starts as the account's "enviar por padrão?".
        model.addAttribute(
                "notifyCancellationByDefault",
                noticeSettings.sendsByDefault(accountId, EventNotice.SUBSCRIPTION_CANCELLATION));
        return "subscriptions/detail";
    }

    @PostMapping("/{id}/reativacao")
    String reactivate(@PathVariable String id, RedirectAttributes next) {
        UUID subscriptionId = subscriptionId(id);
        try {
            Reactivation done = subscriptions.reactivate(CurrentAccount.id(), subscriptionId);
            next.addFlashAttribute("reactivated", true);
            next.addFlashAttribute("skippedDueDates", done.skippedDueDates());
        } catch (ReactivationRefusedException e) {
            // The API's detail names codes (HARD_BOUNCE…); the page has the reason's label beside it.
            next.addFlashAttribute(
                    "refusal",
                    e.address() != null
                            ? "O e-mail " + e.address() + " do cliente ainda está na lista de supressão: corrija o"
                                    + " e-mail do cliente e reative o agendamento."
                            : "Só um agendamento desativado pode ser reativado.");
        }
        return "redirect:/boletos/agendados/" + subscriptionId;
    }

    /** "Cancelar agendamento": the e-mail checkbox decides for this cancellation only (seed 000). */
    @PostMapping("/{id}/cancelamento")
    String cancel(
            @PathVariable String id,
            @RequestParam(required = false) String notifyCustomer,
            @RequestParam(name = "_notifyCustomer", required = false) String notifyShown,
            @RequestParam(required = false) String cancelOpenCharges,
            RedirectAttributes next) {
        UUID subscriptionId = subscriptionId(id);
        try {
            subscriptions.cancel(
                    CurrentAccount.id(),
                    subscriptionId,
                    new SubscriptionCancellation(
                            NoticeCheckbox.answer(notifyCustomer, notifyShown), "true".equals(cancelOpenCharges)));
            next.addFlashAttribute("cancelled", true);
        } catch (ConflictException e) {
            next.addFlashAttribute("cancellationRefusal", e.getMessage());
        }
        return "redirect:/boletos/agendados/" + subscriptionId;
    }

    private Map<UUID, String> customerNames(UUID accountId, Page<Subscription> page) {
        return page.items().stream()
                .map(Subscription::customerId)
                .distinct()
                .flatMap(customerId -> customers.find(accountId, customerId).stream())
                .collect(Collectors.toMap(Customer::id, Customer::name));
    }

    private static Long number(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static UUID subscriptionId(String id) {
        return Ids.parseOrNotFound(id, "Agendamento");
    }
}
