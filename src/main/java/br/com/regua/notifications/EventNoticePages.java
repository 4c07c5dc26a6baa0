package br.com.regua.notifications;

import br.com.regua.notifications.EventNoticeSettings.Switches;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.NotFoundException;
import br.com.regua.web.PageController;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Configurações > E-mails: the event notices' "enviar por padrão?" switches, in the order of
 * {@link EventNotice}, each saved on click (Efí, seed 000).
 */
@PageController
@RequestMapping("/configuracoes/emails")
class EventNoticePages {

    private final EventNoticeSettings settings;

    EventNoticePages(EventNoticeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("notices", EventNotice.values());
        model.addAttribute("states", states(settings.get(CurrentAccount.id())));
        return "notifications/emails";
    }

    /** One click, one switch: the others are left as they are, so two quick clicks never undo each other. */
    @PostMapping("/{name}")
    String turn(@PathVariable String name, @RequestParam(defaultValue = "false") boolean enviar, Model model) {
        EventNotice chosen = Arrays.stream(EventNotice.values())
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Aviso"));
        model.addAttribute("notice", chosen);
        model.addAttribute("states", states(settings.update(CurrentAccount.id(), Switches.only(chosen, enviar))));
        model.addAttribute("saved", true);
        return "notifications/emails :: switch";
    }

    private static Map<EventNotice, Boolean> states(Switches switches) {
        Map<EventNotice, Boolean> states = new EnumMap<>(EventNotice.class);
        for (EventNotice n : EventNotice.values()) states.put(n, switches.on(n));
        return states;
    }
}
