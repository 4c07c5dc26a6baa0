package br.com.regua.letters;

import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored batches: the list (newest first), one batch, its PDF and its manifest. */
@Component
class LetterBatches {

    private static final String SELECT =
            "SELECT id, print_date, letters, pages, created_at, routine_run_id FROM letter_batches";

    private final JdbcClient jdbc;

    LetterBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first: ids are time-ordered, so the cursor is the last id and the next page is below it. */
    Page<LetterBatch> list(UUID accountId, PageRequest page) {
        List<LetterBatch> rows = jdbc.sql(SELECT + """
                 WHERE account_id = :account AND pdf IS NOT NULL AND (CAST(:after AS uuid) IS NULL OR id < :after)
                ORDER BY id DESC LIMIT :limit""")
                .param("account", accountId)
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query(LetterBatches::map)
                .list();
        return Page.of(rows, page, LetterBatch::id);
    }

    Optional<LetterBatch> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ? AND pdf IS NOT NULL")
                .params(accountId, id)
                .query(LetterBatches::map)
                .optional();
    }

    LetterBatch get(UUID accountId, UUID id) {
        return find(accountId, id).orElseThrow(() -> new NotFoundException("Lote de cartas"));
    }

    byte[] pdf(UUID accountId, UUID id) {
        return jdbc.sql("SELECT pdf FROM letter_batches WHERE account_id = ? AND id = ? AND pdf IS NOT NULL")
                .params(accountId, id)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new NotFoundException("Lote de cartas"));
    }

    /**
     * The manifest: one row per letter in the order of the PDF, semicolon-separated (as Brazilian
     * spreadsheets expect), UTF-8, with a header.
     */
    String csv(UUID accountId, UUID id) {
        get(accountId, id);
        StringBuilder csv = new StringBuilder(
                "carta;cliente;endereco;bairro;cidade_uf;cep;cobranca;nosso_numero;vencimento;valor_centavos;paginas;reimpressao\r\n");
        for (StoredLetter l : StoredLetter.ofBatch(jdbc, accountId, id)) {
            csv.append(l.seq())
                    .append(';')
                    .append(cell(l.recipient()))
                    .append(';')
                    .append(cell(l.streetLine()))
                    .append(';')
                    .append(cell(l.district()))
                    .append(';')
                    .append(cell(l.city() + " - " + l.state()))
                    .append(';')
                    .append(l.cep())
                    .append(';')
                    .append(l.chargeId())
                    .append(';')
                    .append(cell(l.nossoNumero()))
                    .append(';')
                    .append(l.dueDate())
                    .append(';')
                    .append(l.amount())
                    .append(';')
                    .append(l.pages())
                    .append(';')
                    .append(l.reprint() ? "sim" : "nao")
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** A value quoted when it holds the separator, a quote or a line break (RFC 4180). */
    static String cell(String value) {
        if (value == null) return "";
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0)
            return value;
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static LetterBatch map(ResultSet rs, int n) throws SQLException {
        return new LetterBatch(
                rs.getObject("id", UUID.class),
                rs.getObject("print_date", LocalDate.class),
                rs.getInt("letters"),
                rs.getInt("pages"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("routine_run_id", UUID.class));
    }
}
