package br.com.regua.boletos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boletos published with their barcode and linha digitável, rebuilt from their bank data.
 * Sources, by tag: stella = caelum/caelum-stella, stella-boleto/src/test/.../bancos/*Test.java;
 * pyboleto = eduardocereto/pyboleto, tests/test_banco_*.py; pyboleto-sigcb = a pyboleto fork's
 * tests/test_banco_caixa.py for Caixa's SIGCB registered wallet. A source that published only the
 * barcode or only the linha digitável leaves the other column empty.
 */
class PublishedBoletosTest {

    private final Boletos boletos = new Boletos();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # bank | source                     | agency | account   | wallet | agreement | nossoNumero     | centavos | due        | barcode                                      | linha digitável
            001    | stella BancoDoBrasilTest   | 1824-4 | 76000-5   | 18     | 1207113   | 9000206         | 4000     | 2008-05-02 | 00195386000000040000000001207113000900020618 | 00190.00009 01207.113000 09000.206186 5 38600000004000
            001    | pyboleto                   | 9999   | 99999     | 18     | 7777777   | 87654           | 295295   | 2011-03-08 | 00196490000002952950000007777777000008765418 | 00190.00009 07777.777009 00087.654182 6 49000000295295
            341    | stella ItauTest            | 167    | 45145     | 157    |           | 21897666        | 268016   | 2013-04-01 | 34196565500002680161572189766660167451459000 | 34191.57213 89766.660164 74514.590004 6 56550000268016
            341    | stella ItauTest (2)        | 8462   | 05825     | 174    |           | 00015135        | 268016   | 2014-04-10 |                                              | 34191.74002 01513.568467 20582.590004 6 60290000268016
            341    | pyboleto                   | 0293   | 01328     | 109    |           | 157             | 2980     | 2009-10-19 | 34199439500000029801090000015710293013280000 | 34191.09008 00015.710296 30132.800001 9 43950000002980
            237    | stella BradescoTest        | 2949-1 | 6580-3    | 6      |           | 3               | 100      | 2006-06-10 | 23796316800000001002949060000000000300065800 | 23792.94909 60000.000004 03000.658009 6 31680000000100
            237    | pyboleto                   | 278-0  | 039232-4  | 06     |           | 2125525         | 828000   | 2011-02-05 | 23794486900008280000278060000212552500392320 | 23790.27804 60000.212559 25003.923205 4 48690000828000
            104    | stella CaixaTest SIGCB     | 589    |           | SR     | 2902745   | 900000000000132 | 8000     | 2012-09-04 | 10499544600000080002902745900200040000001322 | 10492.90271 45900.200044 00000.013227 9 54460000008000
            104    | stella CaixaCarteira24Test | 3531-9 |           | 24     | 503662    | 6               | 123      | 2014-07-10 | 10498612000000001235036623000200040000000060 | 10495.03665 23000.200040 00000.000604 8 61200000000123
            104    | pyboleto-sigcb             | 1565   | 52980     | 1      | 123456    | 8019525086      | 295295   | 2012-07-08 | 10493538800002952951234560000100840195250864 | 10491.23456 60000.100846 01952.508644 3 53880000295295
            033    | stella SantanderTest       | 6790-0 |           | 102    | 5260965   | 105613749501    | 21950    | 2013-05-08 | 03392569200000219509526096510561374950140102 |
            033    | stella SantanderTest (2)   | 6790-0 |           | 102    | 3903125   | 382713000472    | 21950    | 2013-05-08 | 03391569200000219509390312538271300047220102 |
            033    | pyboleto                   | 1333   |           | 102    | 0707077   | 1234567         | 295295   | 2012-07-22 | 03395540200002952959070707700000123456790102 | 03399.07073 07700.000123 34567.901029 5 54020000295295
            """)
    void a_published_boleto_is_rebuilt_digit_for_digit(
            String bank,
            String source,
            String agency,
            String account,
            String wallet,
            String agreement,
            String nossoNumero,
            long centavos,
            LocalDate due,
            String barcode,
            String line) {
        Boleto boleto = boletos.issue(
                new BoletoRequest(bank, agency, account, wallet, agreement, nossoNumero, centavos, due, null, null));

        if (barcode != null) assertThat(boleto.barcode()).isEqualTo(barcode);
        if (line != null) assertThat(boleto.digitableLine()).isEqualTo(line);
        IndependentCheck.assertConsistent(boleto.barcode(), boleto.digitableLine());
        assertThat(DigitableLine.toBarcode(boleto.digitableLine())).isEqualTo(boleto.barcode());
    }
}
