package br.com.regua.bankreturns;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where each CNAB 240 layout keeps what Régua reads. Segment T: movement code at 16–17, the
 * nosso número, due date, title value and tariff where each bank puts them; segment U (common to
 * the three, Febraban): amount paid at 78–92, payment date at 138–145, credit date at 146–153.
 */
enum Cnab240Bank {
    /** Header: convênio at 33–41, agency 53–57, account 59–70; nosso número = convênio (7) + sequence (10). */
    BANCO_DO_BRASIL("001", 38, 54, 45, 54, 74, 81, 82, 96, 199, 213) {
        @Override
        Identity identity(FixedLine header) {
            return Identity.of(header.text(53, 57), header.text(59, 70), header.text(33, 41));
        }
    },
    /** Header: agency 33–36, account 38–46, beneficiary code 53–61; nosso número of 12 digits + DV. */
    SANTANDER("033", 41, 53, 41, 52, 70, 77, 78, 92, 194, 208) {
        @Override
        Identity identity(FixedLine header) {
            return Identity.of(header.text(33, 36), header.text(38, 46), header.text(53, 61));
        }
    },
    /** SIGCB. Header: agency 53–57, beneficiary code 59–64; nosso número = modality (2) + 15 digits. */
    CAIXA("104", 40, 56, 42, 56, 74, 81, 82, 96, 199, 213) {
        @Override
        Identity identity(FixedLine header) {
            return Identity.of(header.text(53, 57), null, header.text(59, 64));
        }
    };

    final String code;
    final int nossoNumeroFrom;
    final int nossoNumeroTo;
    final int sequenceFrom;
    final int sequenceTo;
    final int dueFrom;
    final int dueTo;
    final int amountFrom;
    final int amountTo;
    final int tariffFrom;
    final int tariffTo;

    Cnab240Bank(
            String code,
            int nossoNumeroFrom,
            int nossoNumeroTo,
            int sequenceFrom,
            int sequenceTo,
            int dueFrom,
            int dueTo,
            int amountFrom,
            int amountTo,
            int tariffFrom,
            int tariffTo) {
        this.code = code;
        this.nossoNumeroFrom = nossoNumeroFrom;
        this.nossoNumeroTo = nossoNumeroTo;
        this.sequenceFrom = sequenceFrom;
        this.sequenceTo = sequenceTo;
        this.dueFrom = dueFrom;
        this.dueTo = dueTo;
        this.amountFrom = amountFrom;
        this.amountTo = amountTo;
        this.tariffFrom = tariffFrom;
        this.tariffTo = tariffTo;
    }

    abstract Identity identity(FixedLine header);

    static Optional<Cnab240Bank> of(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }

    /** What segment T says, waiting for its U. */
    record SegmentT(int line, String nossoNumero, String sequence, String occurrence, long amount, long tariff) {}

    SegmentT segmentT(FixedLine t) {
        String nossoNumero = t.digits(nossoNumeroFrom, nossoNumeroTo, "nossoNumero", "nosso número");
        String occurrence = t.digits(16, 17, "occurrence", "código de movimento");
        t.date(dueFrom, dueTo, "dueDate", "data de vencimento");
        long amount = t.amount(amountFrom, amountTo, "amount", "valor do título");
        long tariff = t.amount(tariffFrom, tariffTo, "tariff", "tarifa/custas");
        return new SegmentT(
                t.number(),
                nossoNumero,
                Cnab400Bank.sequenceOf(t.text(sequenceFrom, sequenceTo)),
                occurrence,
                amount,
                tariff);
    }

    Title title(SegmentT t, FixedLine u) {
        String occurrence = u.digits(16, 17, "occurrence", "código de movimento do segmento U");
        if (!occurrence.equals(t.occurrence())) {
            throw new FixedLine.BadField(
                    "occurrence",
                    "o segmento U tem o movimento " + occurrence + " e o T da linha " + t.line() + " tem "
                            + t.occurrence());
        }
        Occurrences table = OccurrenceTables.FEBRABAN_240;
        return new Title(
                t.line(),
                t.nossoNumero(),
                t.sequence(),
                occurrence,
                table.label(occurrence),
                table.settles(occurrence),
                t.amount(),
                u.amount(78, 92, "amountPaid", "valor pago"),
                t.tariff(),
                u.date(138, 145, "paidAt", "data da ocorrência"),
                u.date(146, 153, "creditedAt", "data do crédito"));
    }
}
