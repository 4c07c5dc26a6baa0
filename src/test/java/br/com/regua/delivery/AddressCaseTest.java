package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code Maria@X.com} and {@code maria@x.com} are one mailbox: one contact of a customer, one key
 * in the outbox, one e-mail.
 */
class AddressCaseTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    SmtpServer smtp;
    Tenant tenant;
    SmtpDunning dunning;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(api(), smtp.port());
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    Api api() {
        return tenant.api();
    }

    String customerWith(String email) {
        var customer = Fixtures.aCustomer();
        customer.put("email", email);
        return api().post("/customers", customer).id();
    }

    static String to(jakarta.mail.internet.MimeMessage mail) {
        try {
            return ((jakarta.mail.internet.InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Notification> of(String charge) {
        return notifications.forCharge(tenant.id(), UUID.fromString(charge));
    }

    @Test
    void the_domain_of_an_email_is_stored_in_lower_case_and_the_mailbox_as_written() {
        String customer = customerWith("Maria@Example.COM");

        assertThat(api().get("/customers/" + customer).field("email")).isEqualTo("Maria@example.com");
        Api.Response contact = api().post(
                        "/customers/" + customer + "/contacts",
                        Map.of("name", "Financeiro", "email", "Fin@Provedor.COM.BR"));
        assertThat(contact.field("email")).isEqualTo("Fin@provedor.com.br");
    }

    @Test
    void a_contact_differing_only_in_case_is_refused_naming_the_email_and_one_email_goes_out() {
        String customer = customerWith("Maria@X.com");
        String service = api().post("/customers/" + customer + "/services", Fixtures.aService())
                .id();

        Api.Response again = api().post(
                        "/customers/" + customer + "/contacts",
                        Map.of("name", "Maria de novo", "email", "maria@x.com"));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.errorFields()).containsExactly("email");
        String other = api().post(
                        "/customers/" + customer + "/contacts", Map.of("name", "Financeiro", "email", "fin@x.com"))
                .id();
        Api.Response renamed = api().put(
                        "/customers/" + customer + "/contacts/" + other,
                        Map.of("name", "Financeiro", "email", "MARIA@x.com"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(409);
        assertThat(renamed.errorFields()).containsExactly("email");

        String charge = dunning.charge(customer, service);
        dunning.runRoutine("2021-03-05");
        dispatcher.dispatchAll();

        assertThat(of(charge)).extracting(Notification::address).containsExactlyInAnyOrder("Maria@x.com", "fin@x.com");
        assertThat(smtp.received().stream().filter(m -> to(m).equalsIgnoreCase("maria@x.com")))
                .hasSize(1);
    }

    @Test
    void an_address_recased_after_its_notice_was_sent_is_not_sent_again() {
        String customer = customerWith("maria@example.com");
        String service = api().post("/customers/" + customer + "/services", Fixtures.aService())
                .id();
        String charge = dunning.charge(customer, service);
        dunning.runRoutine("2021-03-05");
        dispatcher.dispatchAll();

        var recased = Fixtures.aCustomer();
        recased.put("email", "Maria@Example.com");
        assertThat(api().put("/customers/" + customer, recased).status()).isEqualTo(200);
        dunning.runRoutine("2021-03-05");
        dispatcher.dispatchAll();

        assertThat(of(charge)).hasSize(1);
        assertThat(smtp.received()).hasSize(1);
    }
}
