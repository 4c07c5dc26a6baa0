package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The SSRF guard with the operator's setting off (production) and on (development, tests). */
class WebhookTargetsTest {

    final WebhookTargets production = new WebhookTargets(false);
    final WebhookTargets development = new WebhookTargets(true);

    @Test
    void private_loopback_and_link_local_targets_are_refused_unless_the_operator_allows_them() {
        assertThat(production.refusal("https://127.0.0.1/hooks"))
                .get()
                .asString()
                .contains("loopback");
        assertThat(production.refusal("https://[::1]:8443/hooks"))
                .get()
                .asString()
                .contains("loopback");
        assertThat(production.refusal("https://10.1.2.3/hooks"))
                .get()
                .asString()
                .contains("rede privada");
        assertThat(production.refusal("https://192.168.0.10/hooks"))
                .get()
                .asString()
                .contains("rede privada");
        assertThat(production.refusal("https://169.254.169.254/latest/meta-data"))
                .get()
                .asString()
                .contains("link-local");
        assertThat(production.refusal("https://[fd00::1]/")).get().asString().contains("rede privada");
        assertThat(production.refusal("https://[::ffff:127.0.0.1]/"))
                .get()
                .asString()
                .contains("loopback");
        assertThat(production.refusal("https://100.64.0.1/")).get().asString().contains("CGNAT");
        assertThat(production.refusal("https://0.0.0.0/")).isPresent();
        assertThat(production.refusal("https://localhost/hooks")).isPresent();

        assertThat(development.refusal("http://127.0.0.1:8080/hooks")).isEmpty();
        assertThat(development.refusal("https://10.1.2.3/hooks")).isEmpty();
    }

    @Test
    void production_requires_https_and_a_public_address() {
        assertThat(production.refusal("http://93.184.216.34/hooks"))
                .get()
                .asString()
                .contains("https");
        assertThat(production.refusal("https://93.184.216.34/hooks")).isEmpty();
    }

    @Test
    void urls_that_are_not_http_are_refused_everywhere() {
        for (var targets : new WebhookTargets[] {production, development}) {
            assertThat(targets.refusal(null)).isPresent();
            assertThat(targets.refusal("  ")).isPresent();
            assertThat(targets.refusal("ftp://example.com/x")).isPresent();
            assertThat(targets.refusal("file:///etc/passwd")).isPresent();
            assertThat(targets.refusal("not a url")).isPresent();
            assertThat(targets.refusal("https://user:pass@example.com/")).isPresent();
            assertThat(targets.refusal("https://" + "a".repeat(3000) + ".com/")).isPresent();
            assertThat(targets.refusal("https:///path-only")).isPresent();
        }
    }
}
