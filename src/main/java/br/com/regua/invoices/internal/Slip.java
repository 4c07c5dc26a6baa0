package br.com.regua.invoices.internal;

import br.com.regua.boletos.BarcodeImages;
import br.com.regua.boletos.Boleto;
import br.com.regua.invoices.InvoiceData;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The invoice as the template reads it: every value already formatted for the slip (public for SpEL). */
public record Slip(
        String bankName,
        String bankCode,
        String digitableLine,
        String dueDate,
        String amount,
        String beneficiary,
        String beneficiaryDocument,
        String beneficiaryAddress,
        String beneficiaryCode,
        String payer,
        String payerDocument,
        String payerAddress,
        String nossoNumero,
        String wallet,
        String documentNumber,
        String documentDate,
        String description,
        List<String> instructions,
        List<Bar> bars,
        String pixCopyPaste,
        String pixQrPng) {

    /** One bar of the barcode: its offset and width in millimetres, as CSS wants them. */
    public record Bar(String left, String width) {}

    /** Quiet zone before the first bar, in modules of 0.254 mm: 5.08 mm. */
    private static final int QUIET_MODULES = 20;

    public static Slip of(InvoiceData data) {
        Boleto boleto = data.boleto();
        String beneficiaryName =
                boleto.beneficiary() == null ? "" : boleto.beneficiary().name();
        String beneficiaryDocument =
                boleto.beneficiary() == null ? null : boleto.beneficiary().document();
        String payerName = boleto.payer() == null ? "" : boleto.payer().name();
        String payerDocument = boleto.payer() == null ? null : boleto.payer().document();
        return new Slip(
                boleto.bankName(),
                boleto.bankCodeWithDigit(),
                boleto.digitableLine(),
                SlipFormats.date(boleto.dueDate()),
                SlipFormats.brl(boleto.amountCentavos()),
                blank(beneficiaryName),
                SlipFormats.labelledDocument(beneficiaryDocument),
                blank(data.beneficiaryAddress()),
                boleto.beneficiaryCode(),
                blank(payerName),
                SlipFormats.labelledDocument(payerDocument),
                blank(data.payerAddress()),
                boleto.nossoNumero(),
                boleto.wallet(),
                blank(data.documentNumber()),
                SlipFormats.date(data.documentDate()),
                blank(data.description()),
                data.instructions(),
                bars(boleto.barcode()),
                data.pixCopyPaste(),
                data.pixCopyPaste() == null ? null : qr(data.pixCopyPaste()));
    }

    public boolean hasPix() {
        return pixCopyPaste != null;
    }

    private static List<Bar> bars(String barcode) {
        return BarcodeImages.runs(BarcodeImages.itfModules(barcode)).stream()
                .map(run -> new Bar(mm(QUIET_MODULES + run.start()), mm(run.length())))
                .toList();
    }

    /**
     * One pixel per module: the template scales it up with {@code image-rendering: pixelated},
     * which openhtmltopdf turns into an image PDF viewers must not smooth (/Interpolate false).
     */
    private static String qr(String payload) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(BarcodeImages.qrPng(payload, 1));
    }

    private static String mm(int modules) {
        return mm(modules * BarcodeImages.ITF_MODULE_MM);
    }

    private static String mm(double millimetres) {
        return String.format(Locale.ROOT, "%.3fmm", millimetres);
    }

    private static String blank(String value) {
        return value == null ? "" : value.trim();
    }
}
