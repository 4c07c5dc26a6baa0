package br.com.regua.invoices;

import java.util.List;

/**
 * A batch of letters rendered: the PDF and, per letter in the order given, the pages it took in
 * that very PDF (read back from it, not assumed).
 */
public record LetterPrint(byte[] pdf, List<Integer> pages) {

    public int totalPages() {
        return pages.stream().mapToInt(Integer::intValue).sum();
    }
}
