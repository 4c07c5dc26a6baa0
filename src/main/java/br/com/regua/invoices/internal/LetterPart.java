package br.com.regua.invoices.internal;

import java.util.List;

/** One letter as the template reads it (public for SpEL); {@code marker} is "Carta 3 de 10". */
public record LetterPart(String marker, String sender, List<String> addressLines, List<String> paragraphs, Slip slip) {}
