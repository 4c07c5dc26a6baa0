package br.com.regua.invoices;

import br.com.regua.charges.Charge;
import br.com.regua.charges.ChargeBoletos;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customers;
import br.com.regua.delivery.InvoicePdfs;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.SignedTokens;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The invoice of a charge with a boleto: the PDF (rendered the first time, then served from the
 * table) and a signed link the customer opens without login.
 */
@Service
public class ChargeInvoices implements InvoicePdfs {

    private static final String PURPOSE = "invoice";

    private final Charges charges;
    private final PaymentMethods paymentMethods;
    private final Customers customers;
    private final ChargeBoletos boletos;
    private final Invoices invoices;
    private final SignedTokens tokens;
    private final String publicUrl;

    ChargeInvoices(
            Charges charges,
            PaymentMethods paymentMethods,
            Customers customers,
            ChargeBoletos boletos,
            Invoices invoices,
            SignedTokens tokens,
            @Value("${regua.public-url:http://localhost:8080}") String publicUrl) {
        this.charges = charges;
        this.paymentMethods = paymentMethods;
        this.customers = customers;
        this.boletos = boletos;
        this.invoices = invoices;
        this.tokens = tokens;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public Optional<byte[]> pdf(UUID accountId, UUID chargeId) {
        return charges.find(accountId, chargeId)
                .filter(charge -> charge.nossoNumero() != null)
                .map(charge -> invoices.getOrRender(accountId, chargeId, () -> data(accountId, charge)));
    }

    @Override
    public Optional<String> link(UUID accountId, UUID chargeId) {
        return charges.find(accountId, chargeId)
                .filter(charge -> charge.nossoNumero() != null)
                .map(charge -> linkTo(accountId, chargeId));
    }

    @Override
    public Map<UUID, Invoice> invoices(UUID accountId, Collection<UUID> chargeIds, Set<UUID> withPdf) {
        Map<UUID, Invoice> found = new HashMap<>();
        for (Invoices.Stored stored : invoices.ofCharges(accountId, chargeIds, withPdf)) {
            found.put(stored.chargeId(), new Invoice(linkTo(accountId, stored.chargeId()), stored.pdf()));
        }
        return found;
    }

    private String linkTo(UUID accountId, UUID chargeId) {
        return publicUrl + "/faturas/" + tokens.sign(PURPOSE, ids(accountId, chargeId)) + "/boleto.pdf";
    }

    /** The PDF a public link points to, if the link is ours. */
    public Optional<byte[]> byToken(String token) {
        return tokens.verify(PURPOSE, token).filter(p -> p.length == 32).flatMap(p -> {
            ByteBuffer buffer = ByteBuffer.wrap(p);
            return pdf(new UUID(buffer.getLong(), buffer.getLong()), new UUID(buffer.getLong(), buffer.getLong()));
        });
    }

    private InvoiceData data(UUID accountId, Charge charge) {
        var method = paymentMethods.get(accountId, charge.paymentMethodId());
        var payer = customers.get(accountId, charge.customerId());
        var boleto = boletos.issue(
                accountId, method, payer, Long.parseLong(charge.nossoNumero()), charge.amount(), charge.dueDate());
        return new InvoiceData(
                boleto,
                charge.pixCopyPaste(),
                charge.externalReference() != null ? charge.externalReference() : charge.nossoNumero(),
                charge.createdAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                charge.description(),
                List.of("Não receber após 60 dias do vencimento.", "Pagável em qualquer banco até o vencimento."),
                null,
                null);
    }

    private static byte[] ids(UUID accountId, UUID chargeId) {
        return ByteBuffer.allocate(32)
                .putLong(accountId.getMostSignificantBits())
                .putLong(accountId.getLeastSignificantBits())
                .putLong(chargeId.getMostSignificantBits())
                .putLong(chargeId.getLeastSignificantBits())
                .array();
    }
}
