package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real Chromium (Debian's, not Playwright's download) driving the back-office: one browser per
 * test class, a fresh context (cookies, session) per test. The UI works in the first account,
 * "Minha empresa", whose back-office user is {@code admin}.
 */
abstract class BrowserTest extends IntegrationTest {

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** The merchant's system, creating data in the account the UI shows. */
    protected Api api() {
        return new Api(port, BOOTSTRAP_API_KEY);
    }

    protected void signIn() {
        page.navigate("/login");
        page.getByLabel("Usuário").fill("admin");
        page.getByLabel("Senha").fill(ADMIN_PASSWORD);
        button("Entrar").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Início")))
                .isVisible();
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    /** A valid CPF of its own, so that a search by document finds only this test's customer. */
    protected static String aCpf() {
        int[] digits = new int[11];
        do {
            for (int i = 0; i < 9; i++) digits[i] = ThreadLocalRandom.current().nextInt(10);
        } while (Arrays.stream(digits, 0, 9).distinct().count() == 1);
        digits[9] = checkDigit(digits, 9);
        digits[10] = checkDigit(digits, 10);
        StringBuilder cpf = new StringBuilder();
        for (int digit : digits) cpf.append(digit);
        return cpf.toString();
    }

    private static int checkDigit(int[] digits, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) sum += digits[i] * (length + 1 - i);
        int rest = sum * 10 % 11;
        return rest == 10 ? 0 : rest;
    }
}
