package br.com.regua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AccountsTest extends IntegrationTest {

    @Test
    void the_operator_creates_an_account_whose_key_is_shown_once_and_works() {
        Api.Response created =
                operator().post("/accounts", Map.of("name", "Provedor Exemplo", "email", "financeiro@provedor.com.br"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).isNotBlank();
        assertThat(created.field("apiKey")).startsWith("regua_");
        Api account = new Api(port, created.field("apiKey"));
        assertThat(account.post("/customers", Fixtures.aCustomer()).status()).isEqualTo(201);
    }

    @Test
    void only_the_operator_token_creates_accounts() {
        Api someAccount = newAccount();

        assertThat(someAccount.post("/accounts", Map.of("name", "X")).status()).isEqualTo(403);
        assertThat(operator()
                        .withToken("wrong")
                        .post("/accounts", Map.of("name", "X"))
                        .status())
                .isEqualTo(401);
        assertThat(operator()
                        .withToken(null)
                        .post("/accounts", Map.of("name", "X"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void the_operator_token_reaches_no_account_data() {
        assertThat(operator().get("/customers").status()).isEqualTo(403);
    }

    @Test
    void an_account_needs_a_name() {
        Api.Response response = operator().post("/accounts", Map.of("email", "x@example.com"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
    }

    @Test
    void the_bootstrap_key_belongs_to_the_first_account() {
        Api first = new Api(port, BOOTSTRAP_API_KEY);

        assertThat(first.get("/customers").status()).isEqualTo(200);
    }

    @Test
    void the_admin_of_the_first_account_logs_in_with_the_configured_password() throws Exception {
        assertThat(login("admin", ADMIN_PASSWORD)).isEqualTo("/");
        assertThat(login("admin", "wrong")).isEqualTo("/login?error");
    }

    @Test
    void the_admin_user_of_a_new_account_logs_in_with_the_password_shown_once() throws Exception {
        Api.Response created = operator().post("/accounts", Map.of("name", "Outro", "email", "outro@example.com"));
        var admin = created.json().get("adminUser");

        assertThat(login(admin.get("username").asString(), admin.get("password").asString()))
                .isEqualTo("/");
    }

    /** Submits the back-office login form as a browser would (CSRF token included); returns where it lands. */
    private String login(String username, String password) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String base = "http://localhost:" + port;
        String form = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("csrf token in login form").isTrue();
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
        HttpResponse<String> response = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
