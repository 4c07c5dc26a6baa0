package br.com.regua.letters;

import br.com.regua.shared.Brl;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The words of a letter, in pt-BR: short, the amount and due date, how to pay. */
final class LetterTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LetterTexts() {}

    static List<String> paragraphs(StoredLetter letter, String sender, LocalDate today) {
        String amount = Brl.format(letter.amount());
        String due = letter.dueDate().isBefore(today)
                ? "que venceu em " + date(letter.dueDate()) + ": pague o quanto antes"
                : "com vencimento em " + date(letter.dueDate());
        return List.of(
                "Prezado(a) " + letter.recipient() + ",",
                "Segue o boleto da sua cobrança de " + amount + ", " + due + ".",
                "Você pode pagar em qualquer banco, casa lotérica ou pelo aplicativo do seu banco, com o código de"
                        + " barras da ficha abaixo ou digitando a linha digitável:",
                letter.digitableLine(),
                "Se você já pagou, desconsidere esta carta. Em caso de dúvida, fale com " + sender + ".");
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }
}
