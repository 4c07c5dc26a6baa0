package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.delivery.MailCatcher;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Remetente > Ações > Testar": a test e-mail sent now, and the server's exact answer shown. */
class SenderTestPagesTest extends BrowserTest {

    @Autowired
    MailCatcher catcher;

    @Test
    void a_working_sender_shows_the_servers_acceptance() {
        String name = "Teste OK " + UUID.randomUUID().toString().substring(0, 8);
        // Inactive: a test does not need the sender to be in use, and this one must not take the account's notices.
        api().post("/senders", sender(name, catcher.port()));
        signIn();

        testFromTheList(name, "financeiro@example.com");

        assertThat(page.locator("#test-result")).containsText("aceito");
        assertThat(page.locator("#test-result code")).containsText("250");
    }

    @Test
    void a_sender_whose_server_does_not_answer_shows_why() throws IOException {
        String name = "Teste porta fechada " + UUID.randomUUID().toString().substring(0, 8);
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        api().post("/senders", sender(name, closed));
        signIn();

        testFromTheList(name, "financeiro@example.com");

        assertThat(page.locator("#test-result")).containsText("não aceitou");
        assertThat(page.locator("#test-result code")).containsText("127.0.0.1");
    }

    @Test
    void an_address_that_is_not_an_email_is_refused_in_the_form() {
        String name = "Teste endereço " + UUID.randomUUID().toString().substring(0, 8);
        api().post("/senders", sender(name, catcher.port()));
        signIn();

        testFromTheList(name, "não é e-mail");

        assertThat(page.locator(".field-error")).containsText("e-mail válido");
        assertThat(page.locator("#test-result")).hasCount(0);
    }

    private void testFromTheList(String name, String to) {
        page.navigate("/configuracoes/remetentes");
        page.locator("#senders tbody tr")
                .filter(new Locator.FilterOptions().setHasText(name))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Testar"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(name);
        page.getByLabel("Enviar para").fill(to);
        button("Enviar teste").click();
    }

    private static Map<String, Object> sender(String name, int port) {
        return Map.of(
                "name",
                name,
                "host",
                "127.0.0.1",
                "port",
                port,
                "security",
                "NONE",
                "fromAddress",
                "teste@regua.local",
                "active",
                false);
    }
}
