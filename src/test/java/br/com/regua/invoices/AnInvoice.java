package br.com.regua.invoices;

import br.com.regua.boletos.Boleto;
import br.com.regua.boletos.BoletoRequest;
import br.com.regua.boletos.Boletos;
import br.com.regua.boletos.BrCode;
import br.com.regua.boletos.Party;
import br.com.regua.boletos.PixRequest;
import java.time.LocalDate;
import java.util.List;

/** Invoices to render in tests. */
final class AnInvoice {

    static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    private AnInvoice() {}

    static Boleto boleto(String bank, String agency, String account, String wallet, String agreement) {
        return new Boletos()
                .issue(new BoletoRequest(
                        bank,
                        agency,
                        account,
                        wallet,
                        agreement,
                        "4217",
                        15990,
                        DUE,
                        new Party("Maria da Conceição Silva", "529.982.247-25"),
                        new Party("Provedor Exemplo Telecomunicações Ltda", "11222333000181")));
    }

    static Boleto bancoDoBrasil() {
        return boleto("001", "1234-5", "56789-0", "18", "1234567");
    }

    static String pix() {
        return BrCode.staticPayload(new PixRequest(
                "11222333000181", 15990L, "Provedor Exemplo Telecomunicações", "São José dos Campos", "REGUA4217"));
    }

    static InvoiceData boleto(Boleto boleto) {
        return new InvoiceData(
                boleto,
                null,
                "4217",
                LocalDate.of(2026, 2, 20),
                "Mensalidade março — Fibra 300M",
                List.of(
                        "Não receber após 30 dias do vencimento.",
                        "Após o vencimento, multa de 2% e juros de 1% ao mês."),
                "Rua das Flores, 100 — Centro — São José dos Campos/SP — 12210-000",
                "Av. Paulista, 1000, ap. 12 — São Paulo/SP — 01310-100");
    }

    static InvoiceData bolix(Boleto boleto) {
        InvoiceData data = boleto(boleto);
        return new InvoiceData(
                boleto,
                pix(),
                data.documentNumber(),
                data.documentDate(),
                data.description(),
                data.instructions(),
                data.beneficiaryAddress(),
                data.payerAddress());
    }
}
