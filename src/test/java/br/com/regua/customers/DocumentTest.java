package br.com.regua.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {

    @ParameterizedTest
    @CsvSource({
        "529.982.247-25, 52998224725, CPF",
        "52998224725, 52998224725, CPF",
        "' 529 982 247 25 ', 52998224725, CPF",
        "111.444.777-35, 11144477735, CPF",
        "11.222.333/0001-81, 11222333000181, CNPJ",
        "11222333000181, 11222333000181, CNPJ",
        // The alphanumeric CNPJ in force since July 2026 (Receita Federal's own example)
        "12.ABC.345/01DE-35, 12ABC34501DE35, CNPJ",
        "12.abc.345/01de-35, 12ABC34501DE35, CNPJ",
    })
    void valid_documents_are_normalised_and_typed(String raw, String normalised, Document.Type type) {
        assertThat(Document.parse(raw)).contains(new Document(normalised, type));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "529.982.247-24", // wrong second check digit
                "529.982.247-15", // wrong first check digit
                "111.111.111-11", // repeated digits pass the arithmetic but are not CPFs
                "000.000.000-00",
                "5299822472", // 10 digits
                "529982247251", // 12 digits
                "11.222.333/0001-82", // wrong CNPJ check digit
                "11.111.111/1111-11",
                "12.ABC.345/01DE-36",
                "12.ABC.345/01DE-3A", // check digits are always numeric
                "ABCDEFGHIJK",
                "",
                "529.982.247-2%"
            })
    void invalid_documents_are_refused(String raw) {
        assertThat(Document.parse(raw)).isEmpty();
    }
}
