package br.com.regua.letters;

import br.com.regua.charges.Charge;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customers;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reprint: the charge goes into the next batch again. Explicit (the routine prints a charge
 * once); one waits per charge, so asking twice before the run still prints one letter.
 */
@Component
class Reprints {

    private final JdbcClient jdbc;
    private final Charges charges;
    private final Customers customers;

    Reprints(JdbcClient jdbc, Charges charges, Customers customers) {
        this.jdbc = jdbc;
        this.charges = charges;
        this.customers = customers;
    }

    @Transactional
    public LetterReprint request(UUID accountId, UUID chargeId) {
        Charge charge = charges.get(accountId, chargeId);
        if (!charge.status().isOpen()) {
            throw new ConflictException("a cobrança não está em aberto (PENDING ou OVERDUE): não há boleto a imprimir");
        }
        if (charge.nossoNumero() == null || charge.digitableLine() == null) {
            throw new ConflictException("a cobrança não tem boleto: só cobranças com boleto vão por carta");
        }
        if (customers.get(accountId, charge.customerId()).address() == null) {
            throw new ConflictException("address", "o cliente não tem endereço postal: cadastre-o antes de imprimir");
        }
        jdbc.sql("""
                INSERT INTO letter_reprints (account_id, id, charge_id) VALUES (?, ?, ?)
                ON CONFLICT (account_id, charge_id) WHERE letter_id IS NULL DO NOTHING""").params(accountId, Ids.next(), chargeId).update();
        return jdbc.sql("""
                SELECT id, charge_id, requested_at FROM letter_reprints
                WHERE account_id = ? AND charge_id = ? AND letter_id IS NULL""")
                .params(accountId, chargeId)
                .query((rs, n) -> new LetterReprint(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant()))
                .single();
    }
}
