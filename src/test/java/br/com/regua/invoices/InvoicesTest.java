package br.com.regua.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class InvoicesTest extends IntegrationTest {

    @Autowired
    Invoices invoices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_invoice_is_rendered_once_and_then_served_from_the_table() {
        Tenant tenant = newTenant();
        UUID charge = aCharge(tenant);
        Counting data = new Counting();

        byte[] first = invoices.getOrRender(tenant.id(), charge, data);
        byte[] second = invoices.getOrRender(tenant.id(), charge, data);

        assertThat(data.calls.get()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(Pdfs.text(first)).contains(AnInvoice.bancoDoBrasil().digitableLine());
        assertThat(rows(tenant.id(), charge)).isEqualTo(1);
        assertThat(invoices.find(tenant.id(), charge)).hasValue(first);
    }

    @Test
    void callers_racing_on_one_charge_render_it_once() throws Exception {
        Tenant tenant = newTenant();
        UUID charge = aCharge(tenant);
        Counting data = new Counting();
        int callers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return invoices.getOrRender(tenant.id(), charge, data);
                }));
            }
            start.countDown();
            byte[] first = results.get(0).get();
            for (Future<byte[]> result : results) assertThat(result.get()).isEqualTo(first);
        } finally {
            pool.shutdownNow();
        }
        assertThat(data.calls.get()).isEqualTo(1);
        assertThat(rows(tenant.id(), charge)).isEqualTo(1);
    }

    @Test
    void each_charge_has_its_own_invoice_and_another_account_does_not_see_it() {
        Tenant tenant = newTenant();
        UUID first = aCharge(tenant);
        UUID second = aCharge(tenant);
        invoices.getOrRender(tenant.id(), first, new Counting());

        assertThat(invoices.find(tenant.id(), second)).isEmpty();
        assertThat(invoices.find(newTenant().id(), first)).isEmpty();

        Counting data = new Counting();
        invoices.getOrRender(tenant.id(), second, data);
        assertThat(data.calls.get()).isEqualTo(1);
    }

    @Test
    void an_invoice_needs_a_charge_of_its_account() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        UUID chargeOfOther = aCharge(other);
        assertThatThrownBy(() -> invoices.getOrRender(tenant.id(), chargeOfOther, new Counting()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(rows(tenant.id(), chargeOfOther)).isZero();
    }

    @Test
    void a_failed_render_stores_nothing_and_the_next_call_renders_again() {
        Tenant tenant = newTenant();
        UUID charge = aCharge(tenant);
        assertThatThrownBy(() -> invoices.getOrRender(tenant.id(), charge, () -> {
                    throw new IllegalStateException("charge data unavailable");
                }))
                .hasMessage("charge data unavailable");
        assertThat(rows(tenant.id(), charge)).isZero();

        Counting data = new Counting();
        invoices.getOrRender(tenant.id(), charge, data);
        assertThat(data.calls.get()).isEqualTo(1);
    }

    private UUID aCharge(Tenant tenant) {
        return UUID.fromString(
                Billing.in(tenant.api()).charge(LocalDate.of(2026, 3, 10)).id());
    }

    private int rows(UUID accountId, UUID chargeId) {
        return jdbc.sql("SELECT count(*) FROM invoices WHERE account_id = ? AND charge_id = ?")
                .params(accountId, chargeId)
                .query(Integer.class)
                .single();
    }

    /** The invoice data of a charge, counting how often it is asked for (once per render). */
    private static final class Counting implements Supplier<InvoiceData> {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public InvoiceData get() {
            calls.incrementAndGet();
            return AnInvoice.bolix(AnInvoice.bancoDoBrasil());
        }
    }
}
