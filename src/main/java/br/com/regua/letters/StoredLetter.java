package br.com.regua.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A letter as its batch stored it: what the paper says and the manifest repeats. */
record StoredLetter(
        UUID id,
        int seq,
        UUID chargeId,
        UUID customerId,
        boolean reprint,
        String recipient,
        String cep,
        String street,
        String number,
        String complement,
        String district,
        String city,
        String state,
        String nossoNumero,
        String digitableLine,
        LocalDate dueDate,
        long amount,
        int pages) {

    static List<StoredLetter> ofBatch(JdbcClient jdbc, UUID accountId, UUID batchId) {
        return jdbc.sql("""
                SELECT id, seq, charge_id, customer_id, reprint_id IS NOT NULL AS reprint, recipient, cep, street,
                       number, complement, district, city, state, nosso_numero, digitable_line, due_date, amount, pages
                FROM letters WHERE account_id = ? AND batch_id = ? ORDER BY seq, id""")
                .params(accountId, batchId)
                .query((rs, n) -> new StoredLetter(
                        rs.getObject("id", UUID.class),
                        rs.getInt("seq"),
                        rs.getObject("charge_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getBoolean("reprint"),
                        rs.getString("recipient"),
                        rs.getString("cep"),
                        rs.getString("street"),
                        rs.getString("number"),
                        rs.getString("complement"),
                        rs.getString("district"),
                        rs.getString("city"),
                        rs.getString("state"),
                        rs.getString("nosso_numero"),
                        rs.getString("digitable_line"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getLong("amount"),
                        rs.getInt("pages")))
                .list();
    }

    /** The street line: "Av. Paulista, 1000 – Apto 12". */
    String streetLine() {
        return street + ", " + number + (complement == null ? "" : " – " + complement);
    }

    /** The last line as the Correios ask for it: CEP, city and UF ("01310-100 São Paulo - SP"). */
    String cepLine() {
        return cep + " " + city + " - " + state;
    }

    /** The address block: the recipient, then the lines of the address, the CEP's last. */
    List<String> addressLines() {
        List<String> lines = new ArrayList<>(4);
        lines.add(recipient);
        lines.add(streetLine());
        lines.add(district);
        lines.add(cepLine());
        return lines;
    }
}
