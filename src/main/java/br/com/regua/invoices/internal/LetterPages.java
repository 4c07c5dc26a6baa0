package br.com.regua.invoices.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * How many pages each letter took, read back from the rendered PDF: a letter starts on the page
 * that prints its marker ("Carta 3 de 10") and runs until the next letter's page. Counted, not
 * assumed, because the fee is per page and a long address could one day push a letter over.
 */
public final class LetterPages {

    private static final Pattern MARKER = Pattern.compile("Carta (\\d+) de (\\d+)");

    private LetterPages() {}

    public static String marker(int letter, int letters) {
        return "Carta " + letter + " de " + letters;
    }

    public static List<Integer> count(byte[] pdf, int letters) {
        int[] starts = new int[letters];
        java.util.Arrays.fill(starts, -1);
        int pageCount;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageCount = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pageCount; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                Matcher m = MARKER.matcher(stripper.getText(document));
                while (m.find()) {
                    int letter = Integer.parseInt(m.group(1));
                    if (Integer.parseInt(m.group(2)) == letters && letter >= 1 && letter <= letters) {
                        if (starts[letter - 1] < 0) starts[letter - 1] = page;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Integer> pages = new ArrayList<>(letters);
        for (int i = 0; i < letters; i++) {
            if (starts[i] < 0) throw new IllegalStateException("letter " + (i + 1) + " not found in its PDF");
            int end = i + 1 < letters ? starts[i + 1] : pageCount + 1;
            pages.add(end - starts[i]);
        }
        return pages;
    }
}
