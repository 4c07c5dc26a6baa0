package br.com.regua.bankreturns;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where each CNAB 400 layout keeps what Régua reads. Common to the three: occurrence at 109–110,
 * its date (the payment's, for a settlement) at 111–116, the title's value at 153–165 and the
 * amount paid at 254–266.
 */
enum Cnab400Bank {
    /** Convênio of 7 digits: detail type 7, nosso número = convênio + 10-digit sequence. */
    BANCO_DO_BRASIL("001", "7", 64, 80, 71, 80, 182, 188, 176, 181, OccurrenceTables.BANCO_DO_BRASIL_400) {
        @Override
        Identity identity(FixedLine header, FixedLine firstDetail) {
            return Identity.of(header.text(27, 30), header.text(32, 39), header.text(150, 156));
        }
    },
    /** Nosso número of 8 digits at 63–70 (repeated with its DAC at 86–94). */
    ITAU("341", "1", 63, 70, 63, 70, 176, 188, 296, 301, OccurrenceTables.ITAU_400) {
        @Override
        Identity identity(FixedLine header, FixedLine firstDetail) {
            return Identity.of(header.text(27, 30), header.text(33, 37), null);
        }
    },
    /**
     * Nosso número of 11 digits and its check digit at 71–82; the header names the company code
     * only, agency and account come in each detail (25–29, 30–36).
     */
    BRADESCO("237", "1", 71, 82, 71, 81, 176, 188, 296, 301, OccurrenceTables.BRADESCO_400) {
        @Override
        Identity identity(FixedLine header, FixedLine firstDetail) {
            return firstDetail == null
                    ? Identity.of(null, null, header.text(27, 46))
                    : Identity.of(firstDetail.text(25, 29), firstDetail.text(30, 36), header.text(27, 46));
        }
    };

    final String code;
    final String detailType;
    final int nossoNumeroFrom;
    final int nossoNumeroTo;
    final int sequenceFrom;
    final int sequenceTo;
    final int tariffFrom;
    final int tariffTo;
    final int creditFrom;
    final int creditTo;
    final Occurrences occurrences;

    Cnab400Bank(
            String code,
            String detailType,
            int nossoNumeroFrom,
            int nossoNumeroTo,
            int sequenceFrom,
            int sequenceTo,
            int tariffFrom,
            int tariffTo,
            int creditFrom,
            int creditTo,
            Occurrences occurrences) {
        this.code = code;
        this.detailType = detailType;
        this.nossoNumeroFrom = nossoNumeroFrom;
        this.nossoNumeroTo = nossoNumeroTo;
        this.sequenceFrom = sequenceFrom;
        this.sequenceTo = sequenceTo;
        this.tariffFrom = tariffFrom;
        this.tariffTo = tariffTo;
        this.creditFrom = creditFrom;
        this.creditTo = creditTo;
        this.occurrences = occurrences;
    }

    abstract Identity identity(FixedLine header, FixedLine firstDetail);

    static Optional<Cnab400Bank> of(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }

    Title title(FixedLine line) {
        line.expect(1, 1, detailType, "recordType", "tipo de registro do detalhe");
        String nossoNumero = line.digits(nossoNumeroFrom, nossoNumeroTo, "nossoNumero", "nosso número");
        String sequence = line.text(sequenceFrom, sequenceTo);
        String occurrence = line.digits(109, 110, "occurrence", "código de ocorrência");
        var paidAt = line.date(111, 116, "paidAt", "data da ocorrência");
        long amount = line.amount(153, 165, "amount", "valor do título");
        long tariff = line.amount(tariffFrom, tariffTo, "tariff", "tarifa de cobrança");
        long amountPaid = line.amount(254, 266, "amountPaid", "valor pago");
        var credited = line.date(creditFrom, creditTo, "creditedAt", "data do crédito");
        line.digits(395, 400, "sequence", "número sequencial do registro");
        return new Title(
                line.number(),
                nossoNumero,
                sequenceOf(sequence),
                occurrence,
                occurrences.label(occurrence),
                occurrences.settles(occurrence),
                amount,
                amountPaid,
                tariff,
                paidAt,
                credited);
    }

    static String sequenceOf(String digits) {
        String significant = Identity.significant(digits);
        return significant == null ? "0" : significant;
    }
}
