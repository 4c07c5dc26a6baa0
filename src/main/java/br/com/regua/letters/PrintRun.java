package br.com.regua.letters;

import br.com.regua.accounts.Accounts;
import br.com.regua.fees.Fees;
import br.com.regua.invoices.ChargeInvoices;
import br.com.regua.invoices.LetterPrint;
import br.com.regua.invoices.LetterSheet;
import br.com.regua.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One print run: the new letters in one set-based statement, the waiting reprints in another,
 * then the PDF rendered once, the pages read back from it, and the fee lines — all in one
 * transaction, so a batch, its letters, its PDF and its fees commit together or not at all.
 */
@Component
class PrintRun {

    private static final String COPY = """
            recipient, cep, street, number, complement, district, city, state,
            nosso_numero, digitable_line, due_date, amount""";

    private static final String COPIED = """
            cu.name, cu.address_cep, cu.address_street, cu.address_number, cu.address_complement,
            cu.address_district, cu.address_city, cu.address_state,
            c.nosso_numero, c.digitable_line, c.due_date, c.amount""";

    /** {@link #COPIED} under the names of {@link #COPY}, for a CTE. */
    private static final String AS_COPY = """
            cu.name AS recipient, cu.address_cep AS cep, cu.address_street AS street,
            cu.address_number AS number, cu.address_complement AS complement, cu.address_district AS district,
            cu.address_city AS city, cu.address_state AS state,
            c.nosso_numero, c.digitable_line, c.due_date, c.amount""";

    private final JdbcClient jdbc;
    private final ChargeInvoices invoices;
    private final Fees fees;
    private final Accounts accounts;
    private final Clock clock;

    PrintRun(JdbcClient jdbc, ChargeInvoices invoices, Fees fees, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.fees = fees;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public PrintResult print(UUID accountId, LocalDate date, UUID routineRunId) {
        // Two runs of one account at once (the scheduler and a run by hand) take turns: the unique
        // keys already keep a charge from being printed twice, the lock keeps the batches whole.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('letters:' || CAST(? AS text), 0))")
                .param(accountId)
                .query((rs, n) -> 1)
                .list();
        UUID batchId = Ids.next();
        jdbc.sql("INSERT INTO letter_batches (account_id, id, print_date, routine_run_id) VALUES (?, ?, ?, ?)")
                .params(accountId, batchId, date, routineRunId)
                .update();
        Map<String, Object> firsts = jdbc.sql("""
                WITH candidates AS (
                    SELECT c.account_id, c.id AS charge_id, c.customer_id, %s
                    FROM charges c
                    JOIN customers cu ON cu.account_id = c.account_id AND cu.id = c.customer_id
                    JOIN payment_methods pm ON pm.account_id = c.account_id AND pm.id = c.payment_method_id
                    WHERE c.account_id = :account AND c.status IN ('PENDING', 'OVERDUE') AND cu.postal_delivery
                      AND pm.kind IN ('BOLETO', 'BOLIX') AND c.nosso_numero IS NOT NULL
                      AND c.digitable_line IS NOT NULL),
                inserted AS (
                    INSERT INTO letters (account_id, id, batch_id, charge_id, customer_id, %s)
                    SELECT c.account_id, regua_uuid_v7(), :batch, c.charge_id, c.customer_id, %s
                    FROM candidates c WHERE c.cep IS NOT NULL
                    ON CONFLICT (account_id, charge_id) WHERE reprint_id IS NULL DO NOTHING
                    RETURNING id)
                SELECT (SELECT count(*) FROM candidates) AS evaluated,
                       (SELECT count(*) FROM inserted) AS printed,
                       (SELECT count(*) FROM candidates WHERE cep IS NULL) AS no_address""".formatted(AS_COPY, COPY, COPY))
                .param("account", accountId)
                .param("batch", batchId)
                .query()
                .singleRow();
        // The charges that became PAID or CANCELLED while their reprint waited need no letter now.
        jdbc.sql("""
                DELETE FROM letter_reprints r USING charges c
                WHERE r.account_id = :account AND r.letter_id IS NULL
                  AND c.account_id = r.account_id AND c.id = r.charge_id AND c.status NOT IN ('PENDING', 'OVERDUE')""").param("account", accountId).update();
        int reprinted = jdbc.sql("""
                WITH inserted AS (
                    INSERT INTO letters (account_id, id, batch_id, charge_id, customer_id, reprint_id, %s)
                    SELECT r.account_id, regua_uuid_v7(), :batch, c.id, c.customer_id, r.id, %s
                    FROM letter_reprints r
                    JOIN charges c ON c.account_id = r.account_id AND c.id = r.charge_id
                    JOIN customers cu ON cu.account_id = c.account_id AND cu.id = c.customer_id
                    WHERE r.account_id = :account AND r.letter_id IS NULL AND cu.address_cep IS NOT NULL
                      AND c.nosso_numero IS NOT NULL AND c.digitable_line IS NOT NULL
                    ON CONFLICT (account_id, reprint_id) WHERE reprint_id IS NOT NULL DO NOTHING
                    RETURNING account_id, id, reprint_id)
                UPDATE letter_reprints r SET letter_id = i.id
                FROM inserted i WHERE r.account_id = i.account_id AND r.id = i.reprint_id""".formatted(COPY, COPIED))
                .param("account", accountId)
                .param("batch", batchId)
                .update();
        int evaluated = ((Number) firsts.get("evaluated")).intValue();
        int printed = ((Number) firsts.get("printed")).intValue();
        int noAddress = ((Number) firsts.get("no_address")).intValue();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        if (evaluated - printed - noAddress > 0)
            skipped.put(PrintResult.ALREADY_PRINTED, evaluated - printed - noAddress);
        if (noAddress > 0) skipped.put(PrintResult.NO_POSTAL_ADDRESS, noAddress);
        if (printed + reprinted == 0) {
            // nothing new: no empty batch (the run's counts say why)
            jdbc.sql("DELETE FROM letter_batches WHERE account_id = ? AND id = ?")
                    .params(accountId, batchId)
                    .update();
            return new PrintResult(null, evaluated + reprinted, 0, skipped);
        }
        render(accountId, batchId, date);
        return new PrintResult(batchId, evaluated + reprinted, printed + reprinted, skipped);
    }

    private void render(UUID accountId, UUID batchId, LocalDate date) {
        // The order the printing house stacks them in: by recipient, then due date.
        jdbc.sql("""
                UPDATE letters l SET seq = o.seq
                FROM (SELECT id, row_number() OVER (ORDER BY recipient, cep, due_date, id) AS seq
                      FROM letters WHERE account_id = :account AND batch_id = :batch) o
                WHERE l.account_id = :account AND l.id = o.id""").param("account", accountId).param("batch", batchId).update();
        List<StoredLetter> letters = StoredLetter.ofBatch(jdbc, accountId, batchId);
        String sender = accounts.get(accountId).name();
        LocalDate today = accounts.today(accountId);
        List<LetterSheet> sheets = new ArrayList<>(letters.size());
        for (StoredLetter letter : letters) {
            sheets.add(new LetterSheet(
                    sender, letter.addressLines(), LetterTexts.paragraphs(letter, sender, today), letter.chargeId()));
        }
        LetterPrint print = invoices.letters(accountId, "Cartas de " + LetterTexts.date(date), sheets);
        List<Fees.LetterFee> billed = new ArrayList<>(letters.size());
        for (int i = 0; i < letters.size(); i++) {
            int pages = print.pages().get(i);
            jdbc.sql("UPDATE letters SET pages = ? WHERE account_id = ? AND id = ?")
                    .params(pages, accountId, letters.get(i).id())
                    .update();
            billed.add(new Fees.LetterFee(letters.get(i).id(), letters.get(i).chargeId(), pages));
        }
        jdbc.sql("UPDATE letter_batches SET letters = ?, pages = ?, pdf = ? WHERE account_id = ? AND id = ?")
                .params(letters.size(), print.totalPages(), print.pdf(), accountId, batchId)
                .update();
        fees.billLetters(accountId, billed, Instant.now(clock));
    }
}
