package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.env.MockEnvironment;

class SenderHostsTest {

    static SenderHosts hosts(String allowPrivate, String operatorToken) {
        MockEnvironment environment = new MockEnvironment();
        if (allowPrivate != null) environment.setProperty(SenderHosts.SETTING, allowPrivate);
        if (operatorToken != null) environment.setProperty("regua.operator-token", operatorToken);
        return new SenderHosts(environment);
    }

    static final SenderHosts SEVERAL_ACCOUNTS = hosts(null, "operator-token");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.8.9.10",
                "localhost",
                "0.0.0.0",
                "0.1.2.3",
                "10.0.0.1",
                "172.16.0.1",
                "172.31.255.254",
                "192.168.1.1",
                "169.254.169.254",
                "100.64.0.1",
                "100.127.255.254",
                "224.0.0.251",
                "255.255.255.255",
                "::1",
                "[::1]",
                "::",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:10.1.2.3",
                "[::ffff:192.168.0.1]",
                "::ffff:a9fe:a9fe",
                "::10.0.0.1",
                "64:ff9b::a00:1"
            })
    void with_several_accounts_and_no_setting_a_non_public_address_is_refused(String host) {
        assertThat(SEVERAL_ACCOUNTS.check(Provider.SMTP, host))
                .as(host)
                .hasValueSatisfying(reason -> assertThat(reason).contains("esta instalação só aceita servidores SMTP"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"200.160.2.3", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "64:ff9b::808:808"
            })
    void a_public_address_is_allowed(String host) {
        assertThat(SEVERAL_ACCOUNTS.check(Provider.SMTP, host)).as(host).isEmpty();
    }

    @Test
    void the_built_in_catcher_is_always_allowed() {
        assertThat(SEVERAL_ACCOUNTS.check(Provider.CATCHER, "127.0.0.1")).isEmpty();
        assertThat(SEVERAL_ACCOUNTS.check(config("CATCHER", "127.0.0.1"))).isEmpty();
        assertThat(hosts("false", null).check(Provider.CATCHER, "127.0.0.1")).isEmpty();
    }

    @Test
    void the_check_at_connect_time_refuses_a_private_smtp_host() {
        assertThat(SEVERAL_ACCOUNTS.check(config("SMTP", "10.0.0.25"))).isPresent();
        assertThat(SEVERAL_ACCOUNTS.check(config("SMTP", "200.160.2.3"))).isEmpty();
    }

    @Test
    void an_address_resolved_by_a_socket_is_checked_too() throws Exception {
        assertThat(SEVERAL_ACCOUNTS.check(InetAddress.getByName("192.168.10.1")))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("192.168.10.1 aponta"));
        assertThat(SEVERAL_ACCOUNTS.check(InetAddress.getByName("200.160.2.3"))).isEmpty();
        assertThat(hosts("true", "token").check(InetAddress.getByName("192.168.10.1")))
                .isEmpty();
    }

    @Test
    void the_setting_decides_and_without_it_a_single_account_installation_allows_private_addresses() {
        assertThat(hosts(null, null).check(Provider.SMTP, "127.0.0.1")).isEmpty();
        assertThat(hosts(null, " ").check(Provider.SMTP, "192.168.0.1")).isEmpty();
        assertThat(hosts("true", "operator-token").check(Provider.SMTP, "127.0.0.1"))
                .isEmpty();
        assertThat(hosts("false", null).check(Provider.SMTP, "127.0.0.1")).isPresent();
        assertThat(hosts("false", "operator-token").check(Provider.SMTP, "10.0.0.1"))
                .isPresent();
    }

    private static SenderConfig config(String provider, String host) {
        return new SenderConfig(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Channel.EMAIL,
                provider,
                host,
                25,
                SmtpSecurity.NONE,
                null,
                null,
                "a@b.com.br",
                null,
                Map.of(),
                null);
    }
}
