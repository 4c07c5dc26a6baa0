package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import br.com.regua.senders.Sender;
import br.com.regua.senders.Senders;
import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Payment methods of an account. */
@Component
public class PaymentMethods {

    /** By default notices stop for cancelled and inactive services (seed 004). */
    static final Set<ServiceStatus> DEFAULT_ELIGIBLE = EnumSet.of(ServiceStatus.ACTIVE, ServiceStatus.SUSPENDED);

    private static final String SELECT = """
            SELECT id, name, kind, sender_id, boleto_bank, boleto_agency, boleto_account, boleto_wallet,
                   boleto_agreement, eligible_service_statuses, pix_key, pix_city, created_at, clearing_grace_days
            FROM payment_methods""";

    private final JdbcClient jdbc;

    private final BoletoCheck boletoCheck;
    private final Senders senders;

    PaymentMethods(JdbcClient jdbc, BoletoCheck boletoCheck, Senders senders) {
        this.jdbc = jdbc;
        this.boletoCheck = boletoCheck;
        this.senders = senders;
    }

    /** The next "nosso número" of a boleto method: each boleto it issues gets its own. */
    public long nextNossoNumero(UUID accountId, UUID id) {
        return jdbc.sql("""
                UPDATE payment_methods SET next_nosso_numero = next_nosso_numero + 1
                WHERE account_id = ? AND id = ? RETURNING next_nosso_numero - 1""").params(accountId, id).query(Long.class).single();
    }

    /** The sequence moves past {@code taken} (a nosso número another system used), never back. */
    public void reserveNossoNumerosUpTo(UUID accountId, UUID id, long taken) {
        jdbc.sql("UPDATE payment_methods SET next_nosso_numero = greatest(next_nosso_numero, ? + 1)"
                        + " WHERE account_id = ? AND id = ?")
                .params(taken, accountId, id)
                .update();
    }

    /** {@code count} consecutive nosso números in one statement; answers the first of them. */
    public long nextNossoNumeros(UUID accountId, UUID id, int count) {
        return jdbc.sql("""
                UPDATE payment_methods SET next_nosso_numero = next_nosso_numero + ?
                WHERE account_id = ? AND id = ? RETURNING next_nosso_numero - ?""")
                .params(count, accountId, id, count)
                .query(Long.class)
                .single();
    }

    public PaymentMethod create(UUID accountId, PaymentMethodData data) {
        if (data.kind().hasBoleto() && data.boleto() == null) {
            throw new InvalidFieldException("boleto", "obrigatório para BOLETO e BOLIX");
        }
        UUID id = Ids.next();
        BoletoData boleto = data.kind().hasBoleto() ? data.boleto() : null;
        if (boleto != null) boletoCheck.check(boleto);
        PixData pix = data.kind() == PaymentKind.BOLIX || data.kind() == PaymentKind.PIX ? data.pix() : null;
        jdbc.sql("""
                INSERT INTO payment_methods (account_id, id, name, kind, sender_id, boleto_bank, boleto_agency,
                    boleto_account, boleto_wallet, boleto_agreement, eligible_service_statuses, pix_key, pix_city,
                    clearing_grace_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?)""")
                .params(
                        accountId,
                        id,
                        data.name().trim(),
                        data.kind().name(),
                        senderId(accountId, data.senderId()),
                        boleto == null ? null : boleto.bank(),
                        boleto == null ? null : boleto.agency(),
                        boleto == null ? null : boleto.account(),
                        boleto == null ? null : boleto.wallet(),
                        boleto == null ? null : boleto.agreement(),
                        statuses(data.eligibleServiceStatuses()),
                        pix == null ? null : pix.key().trim(),
                        pix == null || pix.city() == null ? null : pix.city().trim(),
                        data.clearingGraceDays() == null ? 0 : data.clearingGraceDays())
                .update();
        return get(accountId, id);
    }

    public PaymentMethod update(UUID accountId, UUID id, PaymentMethodChanges changes) {
        PaymentMethod current = get(accountId, id);
        if (changes.kind() != null && changes.kind() != current.kind()) {
            throw new InvalidFieldException("kind", "não pode ser alterado (" + current.kind() + ")");
        }
        if (changes.boleto() != null && !changes.boleto().equals(current.boleto())) {
            throw new InvalidFieldException("boleto", "os dados do convênio não podem ser alterados");
        }
        jdbc.sql("""
                UPDATE payment_methods SET name = ?, sender_id = ?, eligible_service_statuses = CAST(? AS text[]),
                       clearing_grace_days = ?
                WHERE account_id = ? AND id = ?""")
                .params(
                        changes.name().trim(),
                        senderId(accountId, changes.senderId()),
                        statuses(changes.eligibleServiceStatuses()),
                        changes.clearingGraceDays() == null ? current.clearingGraceDays() : changes.clearingGraceDays(),
                        accountId,
                        id)
                .update();
        return get(accountId, id);
    }

    public Optional<PaymentMethod> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(PaymentMethods::map)
                .optional();
    }

    public PaymentMethod get(UUID accountId, UUID id) {
        return find(accountId, id).orElseThrow(() -> new NotFoundException("Forma de cobrança"));
    }

    public Page<PaymentMethod> list(UUID accountId, PageRequest page) {
        return Page.of(jdbc, SELECT, accountId, page, PaymentMethods::map, PaymentMethod::id);
    }

    /**
     * The method's e-mail sender must be an e-mail sender of the same account: any other id would be
     * saved and then skip every e-mail of the method as "no active sender".
     */
    private UUID senderId(UUID accountId, String raw) {
        if (raw == null || raw.isBlank()) return null;
        var unknown = new InvalidReferenceException("senderId", "remetente inexistente nesta conta");
        UUID id = Ids.parse(raw.trim()).orElseThrow(() -> unknown);
        Sender sender = senders.find(accountId, id).orElseThrow(() -> unknown);
        if (sender.channel() != Channel.EMAIL) {
            throw new InvalidReferenceException(
                    "senderId",
                    "o remetente " + sender.name() + " é de " + sender.channel()
                            + "; a forma de cobrança precisa de um remetente de e-mail");
        }
        return id;
    }

    private static String statuses(Set<ServiceStatus> statuses) {
        if (statuses != null && statuses.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidFieldException(
                    "eligibleServiceStatuses", "valor inválido; aceitos: " + Arrays.toString(ServiceStatus.values()));
        }
        Set<ServiceStatus> chosen = statuses == null || statuses.isEmpty() ? DEFAULT_ELIGIBLE : statuses;
        return chosen.stream().sorted().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static PaymentMethod map(ResultSet rs, int n) throws SQLException {
        String bank = rs.getString("boleto_bank");
        BoletoData boleto = bank == null
                ? null
                : new BoletoData(
                        bank,
                        rs.getString("boleto_agency"),
                        rs.getString("boleto_account"),
                        rs.getString("boleto_wallet"),
                        rs.getString("boleto_agreement"));
        Array array = rs.getArray("eligible_service_statuses");
        Set<ServiceStatus> eligible = Arrays.stream((String[]) array.getArray())
                .map(ServiceStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceStatus.class)));
        return new PaymentMethod(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                PaymentKind.valueOf(rs.getString("kind")),
                rs.getObject("sender_id", UUID.class),
                boleto,
                eligible,
                rs.getString("pix_key") == null ? null : new PixData(rs.getString("pix_key"), rs.getString("pix_city")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("clearing_grace_days"));
    }
}
