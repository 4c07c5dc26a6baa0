package br.com.regua.customers;

import br.com.regua.shared.Channel;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import br.com.regua.web.PageController;
import java.util.Map;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notification matrix at the bottom of the customer page (Asaas, seed 003): every click is
 * saved at once, and changes only its own cell, so quick clicks on several boxes all land.
 */
@PageController
@RequestMapping("/clientes/{id}/notificacoes")
class NotificationPreferencePages {

    private final NotificationPreferences preferences;

    NotificationPreferencePages(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    /** What the matrix fragments read, for the customer page and for the answers below. */
    static Map<String, Object> matrix(UUID customerId, CustomerPreferences preferences) {
        return Map.of(
                "customerId", customerId,
                "preferences", preferences,
                "groups", NotificationGroup.values(),
                "recipients", Recipient.values(),
                "channels", Channel.values());
    }

    @PostMapping("/{group}/{recipient}/{channel}")
    String cell(
            @PathVariable String id,
            @PathVariable String group,
            @PathVariable String recipient,
            @PathVariable String channel,
            @RequestParam(defaultValue = "false") boolean ativo,
            Model model) {
        NotificationGroup g = named(NotificationGroup.class, group);
        Recipient r = named(Recipient.class, recipient);
        Channel c = named(Channel.class, channel);
        int mask = PreferenceBits.mask(g, r, c);
        PreferenceChange change = ativo ? new PreferenceChange(mask, 0) : new PreferenceChange(0, mask);
        UUID customerId = customerId(id);
        model.addAllAttributes(
                matrix(customerId, preferences.change(CurrentAccount.id(), customerId, change, null, null)));
        model.addAttribute("group", g);
        model.addAttribute("recipient", r);
        model.addAttribute("channel", c);
        model.addAttribute("saved", true);
        return "customers/preferences :: cell";
    }

    /** The master switch: the whole matrix answers, since it reads as off while the switch is. */
    @PostMapping("/ativas")
    String enabled(@PathVariable String id, @RequestParam(defaultValue = "false") boolean ativo, Model model) {
        UUID customerId = customerId(id);
        model.addAllAttributes(matrix(
                customerId, preferences.change(CurrentAccount.id(), customerId, PreferenceChange.NONE, ativo, null)));
        return "customers/preferences :: master";
    }

    @PostMapping("/correios")
    String postal(@PathVariable String id, @RequestParam(defaultValue = "false") boolean ativo, Model model) {
        UUID customerId = customerId(id);
        try {
            model.addAllAttributes(matrix(
                    customerId,
                    preferences.change(CurrentAccount.id(), customerId, PreferenceChange.NONE, null, ativo)));
            model.addAttribute("saved", true);
        } catch (br.com.regua.shared.InvalidFieldException e) {
            // No postal address yet: the box stays unticked, and says why beside it.
            model.addAllAttributes(matrix(customerId, preferences.of(CurrentAccount.id(), customerId)));
            model.addAttribute("postalError", e.getMessage());
        }
        return "customers/preferences :: postal";
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) return value;
        }
        throw new NotFoundException("Notificação");
    }

    private static UUID customerId(String id) {
        return Ids.parseOrNotFound(id, "Cliente");
    }
}
