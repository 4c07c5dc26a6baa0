package br.com.regua.customers;

import br.com.regua.shared.Channel;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Notificações do cliente",
        description = "Quais avisos cada cliente recebe, por grupo, destinatário e canal")
class NotificationPreferencesController {

    record CustomerView(
            boolean enabled,
            boolean postalDelivery,
            Map<NotificationGroup, Map<Recipient, Map<Channel, Boolean>>> groups) {

        static CustomerView of(CustomerPreferences preferences) {
            return new CustomerView(
                    preferences.enabled(),
                    preferences.postalDelivery(),
                    preferences.matrix().groups());
        }
    }

    record DefaultsView(Map<NotificationGroup, Map<Recipient, Map<Channel, Boolean>>> groups) {}

    record DefaultsData(Map<String, Map<String, Map<String, Boolean>>> groups) {}

    private final NotificationPreferences preferences;

    NotificationPreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/customers/{id}/notification-preferences")
    CustomerView get(@PathVariable String id) {
        return CustomerView.of(preferences.of(CurrentAccount.id(), customerId(id)));
    }

    @PutMapping("/customers/{id}/notification-preferences")
    @Operation(summary = "Altera só as partes enviadas (ex.: uma caixa da matriz); enabled=false desliga tudo")
    CustomerView change(@PathVariable String id, @RequestBody PreferencesData body) {
        UUID customerId = customerId(id);
        PreferenceChange change = PreferenceChange.parse(body.groups());
        return CustomerView.of(
                preferences.change(CurrentAccount.id(), customerId, change, body.enabled(), body.postalDelivery()));
    }

    @GetMapping("/settings/notification-preferences")
    @Operation(summary = "A matriz com que os novos clientes da conta começam")
    DefaultsView defaults() {
        return new DefaultsView(preferences.accountDefaults(CurrentAccount.id()).groups());
    }

    @PutMapping("/settings/notification-preferences")
    @Operation(summary = "Altera só as caixas enviadas; vale para os clientes criados daqui em diante")
    DefaultsView changeDefaults(@RequestBody DefaultsData body) {
        return new DefaultsView(preferences
                .changeAccountDefaults(CurrentAccount.id(), PreferenceChange.parse(body.groups()))
                .groups());
    }

    private static UUID customerId(String id) {
        return Ids.parseOrNotFound(id, "Cliente");
    }
}
