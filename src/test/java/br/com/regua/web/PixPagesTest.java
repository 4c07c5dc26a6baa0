package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Cobranças > Pix recebidos: the webhook URL shown once, and each Pix with what it did, in pt-BR. */
class PixPagesTest extends BrowserTest {

    @Test
    void pix_recebidos_generates_the_webhook_url_once_and_lists_each_pix_with_its_outcome() throws Exception {
        String key = "pix-" + UUID.randomUUID().toString().substring(0, 8) + "@provedor.com.br";
        var bolix = Fixtures.aBoletoPaymentMethod();
        bolix.put("kind", "BOLIX");
        bolix.put("pix", Map.of("key", key, "city", "São Paulo"));
        String method = api().post("/payment-methods", bolix).id();
        String customer = api().post("/customers", Map.of("name", "Cliente Pix", "document", aCpf()))
                .id();
        var charge = api().post(
                        "/charges",
                        Fixtures.aCharge(
                                customer, null, method, LocalDate.now(clock).plusDays(10)));
        String payload = charge.field("pixCopyPaste");
        String txid = payload.substring(payload.indexOf("REGUA"), payload.lastIndexOf("6304"));
        signIn();

        page.locator("nav.menu")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Pix recebidos"))
                .click();
        page.onceDialog(dialog -> dialog.accept());
        page.locator("form[action$='/cobrancas/pix/webhook'] button").click();

        assertThat(page.locator("#new-pix-webhook-url"))
                .hasText(Pattern.compile("^https://cobranca\\.provedor\\.com\\.br/pix/webhook/[A-Za-z0-9_-]{43}$"));
        String url = page.locator("#new-pix-webhook-url").textContent().trim();
        String path = URI.create(url).getPath();
        String e2e = ("E0000000020261204" + UUID.randomUUID().toString().replace("-", "")).substring(0, 32);
        String unknown = ("E1111111120261204" + UUID.randomUUID().toString().replace("-", "")).substring(0, 32);
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + "/pix"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        """
                                        {"pix": [
                                          {"endToEndId": "%s", "txid": "%s", "valor": "159.90", "chave": "%s",
                                           "horario": "2026-12-04T13:00:00.00Z", "infoPagador": "Pagamento Maria"},
                                          {"endToEndId": "%s", "txid": "SEMCOBRANCA%s", "valor": "12.34", "chave": "%s",
                                           "horario": "2026-12-04T13:05:00.00Z", "infoPagador": "Pagador avulso"}]}""".formatted(e2e, txid, key, unknown, e2e.substring(20), key)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        page.reload();
        assertThat(page.locator("#new-pix-webhook-url")).hasCount(0);
        assertThat(page.locator("#pix-webhook")).not().containsText(path.substring(path.lastIndexOf('/') + 7));
        Locator paid =
                page.locator("#pix-payments tr").filter(new Locator.FilterOptions().setHasText("Pagamento Maria"));
        assertThat(paid).containsText("Pagou a cobrança");
        assertThat(paid).containsText("R$ 159,90");
        assertThat(paid).not().containsText("PAID");
        Locator orphan =
                page.locator("#pix-payments tr").filter(new Locator.FilterOptions().setHasText("Pagador avulso"));
        assertThat(orphan).containsText("Nenhuma cobrança com este txid");
        assertThat(orphan).not().containsText("UNKNOWN_TXID");

        paid.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ver cobrança"))
                .click();
        assertThat(page.locator("main")).containsText("Paga");
    }
}
