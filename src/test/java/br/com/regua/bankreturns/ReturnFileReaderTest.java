package br.com.regua.bankreturns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Each peer file of src/test/resources/cnab, read against its layout: the expected values are the
 * bytes at the manual's positions (and agree with the peers' own tests, docs/BANK_RETURNS.md).
 */
class ReturnFileReaderTest {

    static byte[] peer(String name) {
        try (InputStream in = ReturnFileReaderTest.class.getResourceAsStream("/cnab/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void banco_do_brasil_cnab400_settles_one_title_with_its_tariff_and_credit_date() {
        ParsedReturn file = ReturnFileReader.read(peer("001-bb-cnab400.ret"));
        assertThat(file.format()).isEqualTo(ReturnFormat.CNAB400);
        assertThat(file.bank()).isEqualTo("001");
        assertThat(file.identity()).isEqualTo(new Identity("3344", "1111", "1112245"));
        assertThat(file.titles()).singleElement().satisfies(t -> {
            assertThat(t.line()).isEqualTo(2);
            assertThat(t.nossoNumero()).isEqualTo("11122450000000290");
            assertThat(t.sequence()).isEqualTo("290");
            assertThat(t.occurrence()).isEqualTo("06");
            assertThat(t.occurrenceLabel()).isEqualTo("Liquidação normal");
            assertThat(t.settlement()).isTrue();
            assertThat(t.amount()).isEqualTo(2500);
            assertThat(t.amountPaid()).isEqualTo(2500);
            assertThat(t.tariff()).isEqualTo(900);
            assertThat(t.paidAt()).isEqualTo(LocalDate.of(2015, 9, 8));
            assertThat(t.creditedAt()).isEqualTo(LocalDate.of(2015, 9, 10));
        });
    }

    @Test
    void itau_cnab400_has_three_settlements_and_a_dda_allegation_that_settles_nothing() {
        ParsedReturn file = ReturnFileReader.read(peer("341-itau-cnab400.ret"));
        assertThat(file.bank()).isEqualTo("341");
        assertThat(file.identity()).isEqualTo(new Identity("111", "12345", null));
        assertThat(file.titles())
                .extracting(Title::sequence, Title::occurrence, Title::settlement, Title::amount, Title::amountPaid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("231327", "06", true, 38975L, 20997L),
                        org.assertj.core.groups.Tuple.tuple("123442", "25", false, 56500L, 36452L),
                        org.assertj.core.groups.Tuple.tuple("211842", "06", true, 39541L, 39209L),
                        org.assertj.core.groups.Tuple.tuple("237636", "06", true, 54560L, 34067L));
        assertThat(file.titles().get(1).occurrenceLabel()).isEqualTo("Alegações do pagador (DDA)");
        assertThat(file.titles()).allSatisfy(t -> {
            assertThat(t.tariff()).isEqualTo(333);
            assertThat(t.paidAt()).isEqualTo(LocalDate.of(2013, 6, 20));
            assertThat(t.creditedAt()).isEqualTo(LocalDate.of(2013, 6, 21));
        });
        assertThat(file.titles()).extracting(Title::line).containsExactly(2, 3, 4, 5);
    }

    @Test
    void bradesco_cnab400_confirms_an_entry_then_settles_it_and_settles_five_after_write_off() {
        ParsedReturn file = ReturnFileReader.read(peer("237-bradesco-cnab400.ret"));
        assertThat(file.bank()).isEqualTo("237");
        assertThat(file.identity()).isEqualTo(new Identity("1420", "16910", "4466911"));
        assertThat(file.titles())
                .extracting(Title::nossoNumero, Title::sequence, Title::occurrence, Title::settlement)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("000000000097", "9", "02", false),
                        org.assertj.core.groups.Tuple.tuple("000000000097", "9", "06", true),
                        org.assertj.core.groups.Tuple.tuple("000000000186", "18", "17", true),
                        org.assertj.core.groups.Tuple.tuple("000000000194", "19", "17", true),
                        org.assertj.core.groups.Tuple.tuple("000000000208", "20", "17", true),
                        org.assertj.core.groups.Tuple.tuple("000000000216", "21", "17", true),
                        org.assertj.core.groups.Tuple.tuple("000000000224", "22", "17", true));
        Title entry = file.titles().get(0);
        assertThat(entry.amount()).isEqualTo(500);
        assertThat(entry.tariff()).isEqualTo(252);
        assertThat(entry.creditedAt()).isNull();
        Title settled = file.titles().get(1);
        assertThat(settled.amountPaid()).isEqualTo(500);
        assertThat(settled.paidAt()).isEqualTo(LocalDate.of(2012, 4, 11));
        assertThat(settled.creditedAt()).isEqualTo(LocalDate.of(2012, 4, 13));
        assertThat(file.titles().get(2).occurrenceLabel()).isEqualTo("Liquidação após baixa ou título não registrado");
        assertThat(file.titles().get(2).amountPaid()).isEqualTo(2);
    }

    @Test
    void banco_do_brasil_cnab240_pairs_segments_t_and_u_and_survives_a_241_character_line() {
        ParsedReturn file = ReturnFileReader.read(peer("001-bb-cnab240.ret"));
        assertThat(file.format()).isEqualTo(ReturnFormat.CNAB240);
        assertThat(file.identity()).isEqualTo(new Identity("328", "7536", "3294860"));
        assertThat(file.titles())
                .extracting(Title::line, Title::sequence, Title::amount, Title::amountPaid, Title::tariff)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "196", 4000L, 4000L, 500L),
                        org.assertj.core.groups.Tuple.tuple(5, "236", 3000L, 3000L, 500L),
                        org.assertj.core.groups.Tuple.tuple(7, "244", 1500L, 1500L, 500L),
                        org.assertj.core.groups.Tuple.tuple(9, "249", 1500L, 1500L, 500L),
                        org.assertj.core.groups.Tuple.tuple(11, "5048", 2880L, 2880L, 500L));
        assertThat(file.titles()).allSatisfy(t -> {
            assertThat(t.occurrence()).isEqualTo("06");
            assertThat(t.settlement()).isTrue();
            assertThat(t.paidAt()).isEqualTo(LocalDate.of(2011, 3, 21));
            assertThat(t.creditedAt()).isEqualTo(LocalDate.of(2011, 3, 23));
        });
        assertThat(file.titles().get(0).nossoNumero()).isEqualTo("32948600000000196");
    }

    @Test
    void santander_cnab240_with_trimmed_lines_has_one_title_confirmed_then_settled() {
        ParsedReturn file = ReturnFileReader.read(peer("033-santander-cnab240.ret"));
        assertThat(file.bank()).isEqualTo("033");
        assertThat(file.identity()).isEqualTo(new Identity("3163", "13002862", "7401949"));
        assertThat(file.titles())
                .extracting(Title::line, Title::nossoNumero, Title::sequence, Title::occurrence, Title::settlement)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "0000000001406", "140", "02", false),
                        org.assertj.core.groups.Tuple.tuple(5, "0000000001406", "140", "06", true));
        Title entry = file.titles().get(0);
        assertThat(entry.tariff()).isEqualTo(392);
        Title settled = file.titles().get(1);
        assertThat(settled.amount()).isEqualTo(1000);
        assertThat(settled.amountPaid()).isEqualTo(1000);
        assertThat(settled.tariff()).isZero();
        assertThat(settled.paidAt()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(settled.creditedAt()).isEqualTo(LocalDate.of(2016, 4, 4));
    }

    @Test
    void caixa_cnab240_sigcb_settles_nine_titles_with_discounts_in_the_amount_paid() {
        ParsedReturn file = ReturnFileReader.read(peer("104-caixa-cnab240.ret"));
        assertThat(file.bank()).isEqualTo("104");
        assertThat(file.identity()).isEqualTo(new Identity("1234", null, "43210"));
        assertThat(file.titles())
                .extracting(Title::sequence, Title::amount, Title::amountPaid)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("11136997", 8000L, 8000L),
                        org.assertj.core.groups.Tuple.tuple("11138197", 8000L, 8000L),
                        org.assertj.core.groups.Tuple.tuple("11137889", 8000L, 7000L),
                        org.assertj.core.groups.Tuple.tuple("11137125", 8000L, 7000L),
                        org.assertj.core.groups.Tuple.tuple("22247", 8000L, 7000L),
                        org.assertj.core.groups.Tuple.tuple("11136916", 8000L, 7000L),
                        org.assertj.core.groups.Tuple.tuple("11136898", 8000L, 8000L),
                        org.assertj.core.groups.Tuple.tuple("31999", 48000L, 42000L),
                        org.assertj.core.groups.Tuple.tuple("30572", 8000L, 7000L));
        assertThat(file.titles()).allSatisfy(t -> {
            assertThat(t.settlement()).isTrue();
            assertThat(t.paidAt()).isEqualTo(LocalDate.of(2014, 1, 6));
            assertThat(t.creditedAt()).isEqualTo(LocalDate.of(2014, 1, 7));
        });
        assertThat(file.titles()).extracting(Title::tariff).containsOnly(125L, 270L);
    }

    @Test
    void lf_and_crlf_endings_and_trimmed_trailing_spaces_read_the_same() {
        String crlf = new String(peer("341-itau-cnab400.ret"), StandardCharsets.ISO_8859_1);
        String lfTrimmed = crlf.lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
        assertThat(ReturnFileReader.read(lfTrimmed.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(ReturnFileReader.read(peer("341-itau-cnab400.ret")));
    }

    @Test
    void a_file_cut_in_the_middle_of_a_line_is_refused_with_that_line() {
        String text = new String(peer("341-itau-cnab400.ret"), StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("\n", text.indexOf("\n") + 1) + 1 + 200; // 200 characters into line 3
        RejectedFile refused = catchThrowableOfType(
                RejectedFile.class,
                () -> ReturnFileReader.read(text.substring(0, cut).getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(refused.errors()).first().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("amountPaid");
        });
    }

    @Test
    void a_letter_in_an_amount_is_refused_with_its_line_and_field() {
        char[] text = new String(peer("001-bb-cnab240.ret"), StandardCharsets.ISO_8859_1).toCharArray();
        // line 6 (segment U of the second title): the amount paid at 78–92
        int lineStart = 0;
        for (int n = 1; n < 6; n++) lineStart = new String(text).indexOf('\n', lineStart) + 1;
        text[lineStart + 85] = 'O';
        RejectedFile refused = catchThrowableOfType(
                RejectedFile.class,
                () -> ReturnFileReader.read(new String(text).getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(6);
            assertThat(e.field()).isEqualTo("amountPaid");
            assertThat(e.message()).contains("'O'", "78 a 92");
        });
    }

    @Test
    void a_wrong_record_type_is_refused() {
        String text = new String(peer("237-bradesco-cnab400.ret"), StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r\n", -1);
        lines[3] = "5" + lines[3].substring(1);
        RejectedFile refused = catchThrowableOfType(
                RejectedFile.class,
                () -> ReturnFileReader.read(String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("recordType");
        });
    }

    @Test
    void empty_and_garbage_files_are_refused_at_line_one() {
        assertThat(catchThrowableOfType(RejectedFile.class, () -> ReturnFileReader.read(new byte[0]))
                        .errors())
                .extracting(LineError::line)
                .containsExactly(1);
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(catchThrowableOfType(RejectedFile.class, () -> ReturnFileReader.read(garbage))
                        .errors())
                .extracting(LineError::field)
                .containsExactly("header");
        byte[] letters = "A".repeat(10_000_000).getBytes(StandardCharsets.US_ASCII);
        assertThat(catchThrowableOfType(RejectedFile.class, () -> ReturnFileReader.read(letters))
                        .errors())
                .hasSize(1);
    }
}
