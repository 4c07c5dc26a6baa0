package br.com.regua.invoices;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.Charge;
import br.com.regua.charges.ChargeBoletos;
import br.com.regua.charges.ChargeStatus;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customers;
import br.com.regua.delivery.InvoicePdfs;
import br.com.regua.invoices.internal.LetterPages;
import br.com.regua.invoices.internal.LetterPart;
import br.com.regua.invoices.internal.Slip;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.SignedTokens;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
    private final InvoiceRenderer renderer;
    private final SignedTokens tokens;
    private final Accounts accounts;
    private final Clock clock;
    private final String publicUrl;

    ChargeInvoices(
            Charges charges,
            PaymentMethods paymentMethods,
            Customers customers,
            ChargeBoletos boletos,
            Invoices invoices,
            InvoiceRenderer renderer,
            SignedTokens tokens,
            Accounts accounts,
            Clock clock,
            @Value("${regua.public-url:http://localhost:8080}") String publicUrl) {
        this.charges = charges;
        this.paymentMethods = paymentMethods;
        this.customers = customers;
        this.boletos = boletos;
        this.invoices = invoices;
        this.renderer = renderer;
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public Optional<byte[]> pdf(UUID accountId, UUID chargeId) {
        return charges.find(accountId, chargeId)
                .filter(charge -> charge.nossoNumero() != null)
                .map(charge -> invoices.getOrRender(accountId, chargeId, () -> data(accountId, charge)));
    }

    /**
     * The carnê the charge is an installment of, as one PDF with the slips of its installments
     * that can still be paid or were paid (cancelled ones are left out: nobody must pay them);
     * empty when the charge is no carnê's or nothing is left to print.
     */
    @Override
    public Optional<byte[]> carnePdfOf(UUID accountId, UUID chargeId) {
        return charges.find(accountId, chargeId)
                .filter(charge -> charge.carneId() != null)
                .flatMap(charge -> carnePdf(accountId, charge.carneId(), charge.description()));
    }

    /** A carnê's PDF by the carnê's id (see {@link #carnePdfOf}). */
    public Optional<byte[]> carnePdf(UUID accountId, UUID carneId, String title) {
        List<Charge> installments = charges.ofCarne(accountId, carneId);
        List<CarneSlip> slips = installments.stream()
                .filter(c -> c.nossoNumero() != null && c.status() != ChargeStatus.CANCELLED)
                .map(c -> new CarneSlip(c.installment(), installments.size(), data(accountId, c)))
                .toList();
        if (slips.isEmpty()) return Optional.empty();
        return Optional.of(renderer.renderCarne(title == null ? "Carnê" : "Carnê – " + title, slips));
    }

    /**
     * A print batch's letters as one PDF, each sheet with its charge's boleto slip (the same boleto
     * as the charge's invoice), and the pages each letter took.
     */
    public LetterPrint letters(UUID accountId, String title, List<LetterSheet> sheets) {
        List<LetterPart> parts = new java.util.ArrayList<>(sheets.size());
        for (LetterSheet sheet : sheets) {
            Charge charge = charges.get(accountId, sheet.chargeId());
            if (charge.nossoNumero() == null) throw new IllegalArgumentException("a letter needs a boleto");
            String payerAddress = String.join(
                    " · ", sheet.addressLines().subList(1, sheet.addressLines().size()));
            parts.add(new LetterPart(
                    LetterPages.marker(parts.size() + 1, sheets.size()),
                    sheet.sender(),
                    sheet.addressLines(),
                    sheet.paragraphs(),
                    Slip.of(data(accountId, charge, payerAddress))));
        }
        return renderer.renderLetters(title, parts);
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

    /** What a public link shows, if the link is ours and its charge has a boleto. */
    Optional<InvoiceLink> open(String token) {
        return tokens.verify(PURPOSE, token).filter(p -> p.length == 32).flatMap(p -> {
            ByteBuffer buffer = ByteBuffer.wrap(p);
            UUID accountId = new UUID(buffer.getLong(), buffer.getLong());
            UUID chargeId = new UUID(buffer.getLong(), buffer.getLong());
            return charges.find(accountId, chargeId)
                    .filter(charge -> charge.nossoNumero() != null)
                    .map(charge -> open(accountId, charge));
        });
    }

    private InvoiceLink open(UUID accountId, Charge charge) {
        if (charge.status().isOpen())
            return new InvoiceLink.Payable(invoices.getOrRender(accountId, charge.id(), () -> data(accountId, charge)));
        ZoneId zone = accounts.timeZone(accountId);
        boolean paid = charge.status() == ChargeStatus.PAID;
        LocalDate closedOn = paid && charge.paidAt() != null
                ? charge.paidAt()
                : (charge.cancelledAt() != null ? charge.cancelledAt() : charge.createdAt())
                        .atZone(zone)
                        .toLocalDate();
        if (closedOn.plusDays(InvoiceLink.KEPT_FOR_DAYS).isBefore(LocalDate.now(clock.withZone(zone))))
            return new InvoiceLink.Expired();
        return new InvoiceLink.Closed(
                paid,
                closedOn,
                charge.description(),
                charge.amount(),
                accounts.get(accountId).name());
    }

    private InvoiceData data(UUID accountId, Charge charge) {
        return data(accountId, charge, null);
    }

    private InvoiceData data(UUID accountId, Charge charge, String payerAddress) {
        var method = paymentMethods.get(accountId, charge.paymentMethodId());
        var payer = customers.get(accountId, charge.customerId());
        var boleto = boleto(accountId, charge, method, payer);
        return new InvoiceData(
                boleto,
                charge.pixCopyPaste(),
                charge.externalReference() != null ? charge.externalReference() : charge.nossoNumero(),
                // the day the merchant issued it, where the merchant is: 23:30 in São Paulo is not tomorrow
                charge.createdAt().atZone(accounts.timeZone(accountId)).toLocalDate(),
                charge.description(),
                List.of("Não receber após 60 dias do vencimento.", "Pagável em qualquer banco até o vencimento."),
                null,
                payerAddress);
    }

    /**
     * The charge's boleto as its payer must see it: re-issued from the payment method's bank data
     * and the charge's nosso número when Régua issued it; when another system did (Appendix B
     * {@code boleto}), the bank's data with the stored barcode, linha digitável and nosso número.
     */
    private br.com.regua.boletos.Boleto boleto(
            UUID accountId,
            Charge charge,
            br.com.regua.paymentmethods.PaymentMethod method,
            br.com.regua.customers.Customer payer) {
        br.com.regua.boletos.Boleto issued = null;
        try {
            issued = boletos.issue(
                    accountId, method, payer, Long.parseLong(charge.nossoNumero()), charge.amount(), charge.dueDate());
        } catch (RuntimeException notOurs) {
            // a nosso número no layout of Régua's own would hold: issued elsewhere
        }
        if (issued != null && (charge.barcode() == null || issued.barcode().equals(charge.barcode()))) return issued;
        var frame = boletos.issue(accountId, method, payer, 1, charge.amount(), charge.dueDate());
        return new br.com.regua.boletos.Boleto(
                frame.bankCode(),
                frame.bankCodeWithDigit(),
                frame.bankName(),
                charge.barcode(),
                charge.digitableLine(),
                charge.nossoNumero(),
                frame.beneficiaryCode(),
                frame.wallet(),
                charge.dueDate(),
                charge.amount(),
                frame.payer(),
                frame.beneficiary());
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
