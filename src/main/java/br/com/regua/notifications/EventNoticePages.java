package br.com.regua.notifications;

import br.com.regua.notifications.EventNoticeSettings.Switches;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.NotFoundException;
import br.com.regua.web.PageController;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Configurações > E-mails: the event notices' "enviar por padrão?" switches, each saved on click (Efí, seed 000). */
@PageController
@RequestMapping("/configuracoes/emails")
class EventNoticePages {

    /** The switches in the order of the seed, each reading and changing one field of {@link Switches}. */
    enum Switch {
        OVERDUE_NOTICE(Switches::overdueNotice),
        PAYMENT_CONFIRMATION(Switches::paymentConfirmation),
        CHARGE_CANCELLATION(Switches::chargeCancellation),
        SUBSCRIPTION_CANCELLATION(Switches::subscriptionCancellation),
        CARNE_CANCELLATION(Switches::carneCancellation);

        private final Function<Switches, Boolean> read;

        Switch(Function<Switches, Boolean> read) {
            this.read = read;
        }

        boolean on(Switches switches) {
            return Boolean.TRUE.equals(read.apply(switches));
        }

        Switches turned(boolean on) {
            Boolean value = on;
            return new Switches(
                    this == OVERDUE_NOTICE ? value : null,
                    this == PAYMENT_CONFIRMATION ? value : null,
                    this == CHARGE_CANCELLATION ? value : null,
                    this == SUBSCRIPTION_CANCELLATION ? value : null,
                    this == CARNE_CANCELLATION ? value : null);
        }
    }

    private final EventNoticeSettings settings;

    EventNoticePages(EventNoticeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("notices", Switch.values());
        model.addAttribute("states", states(settings.get(CurrentAccount.id())));
        return "notifications/emails";
    }

    /** One click, one switch: the others are left as they are, so two quick clicks never undo each other. */
    @PostMapping("/{name}")
    String turn(@PathVariable String name, @RequestParam(defaultValue = "false") boolean enviar, Model model) {
        Switch chosen = Arrays.stream(Switch.values())
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Aviso"));
        model.addAttribute("notice", chosen);
        model.addAttribute("states", states(settings.update(CurrentAccount.id(), chosen.turned(enviar))));
        model.addAttribute("saved", true);
        return "notifications/emails :: switch";
    }

    private static Map<Switch, Boolean> states(Switches switches) {
        Map<Switch, Boolean> states = new EnumMap<>(Switch.class);
        for (Switch s : Switch.values()) states.put(s, s.on(switches));
        return states;
    }
}
