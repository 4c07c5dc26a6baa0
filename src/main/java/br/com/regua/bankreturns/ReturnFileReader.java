package br.com.regua.bankreturns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a return file whole or refuses it whole: the layout from its header, then every record,
 * collecting up to {@value #MAX_ERRORS} errors with their line and field. CRLF and LF both end a
 * line; the bytes are read as ISO-8859-1, so no byte sequence can fail decoding.
 */
final class ReturnFileReader {

    static final int MAX_ERRORS = 20;

    private final List<LineError> errors = new ArrayList<>();

    private ReturnFileReader() {}

    static ParsedReturn read(byte[] bytes) {
        return new ReturnFileReader().parse(bytes);
    }

    private ParsedReturn parse(byte[] bytes) {
        List<String> lines = lines(new String(bytes, StandardCharsets.ISO_8859_1));
        if (lines.isEmpty()) throw refused(1, "file", "o arquivo está vazio");
        String first = lines.get(0);
        ParsedReturn parsed;
        if (first.startsWith("02RETORNO")
                || (first.length() >= 19 && first.startsWith("02") && first.startsWith("COBRANCA", 11))) {
            parsed = cnab400(lines);
        } else if (first.length() >= 8
                && first.startsWith("00000", 3)
                && first.substring(0, 3).chars().allMatch(Character::isDigit)) {
            parsed = cnab240(lines);
        } else {
            throw refused(
                    1,
                    "header",
                    "a primeira linha não é o header de um arquivo retorno CNAB 400 (\"02RETORNO01COBRANCA\")"
                            + " nem CNAB 240 (banco, lote 0000, registro 0)");
        }
        if (!errors.isEmpty()) throw new RejectedFile(errors);
        return parsed;
    }

    private ParsedReturn cnab400(List<String> lines) {
        FixedLine header = line(1, lines.get(0), 400);
        if (header == null) throw new RejectedFile(errors);
        String bankCode = field(header, () -> header.digits(77, 79, "bank", "código do banco"));
        if (bankCode == null) throw new RejectedFile(errors);
        Cnab400Bank bank = Cnab400Bank.of(bankCode)
                .orElseThrow(() -> refused(
                        1,
                        "bank",
                        "banco " + bankCode
                                + " não é suportado em CNAB 400 (Banco do Brasil 001, Bradesco 237, Itaú 341)"));
        List<Title> titles = new ArrayList<>();
        FixedLine firstDetail = null;
        int last = lines.size();
        if (last < 2) error(1, "trailer", "falta o trailer (registro 9): o arquivo parece cortado");
        for (int n = 2; n <= last && errors.size() < MAX_ERRORS; n++) {
            FixedLine line = line(n, lines.get(n - 1), 400);
            if (line == null) continue;
            if (n == last && line.text(1, 1).equals("9")) continue;
            if (firstDetail == null) firstDetail = line;
            Title title = field(line, () -> bank.title(line));
            if (title != null) titles.add(title);
            if (n == last) error(n, "recordType", "falta o trailer (registro 9): o arquivo parece cortado");
        }
        return new ParsedReturn(ReturnFormat.CNAB400, bank.code, bank.identity(header, firstDetail), titles);
    }

    private ParsedReturn cnab240(List<String> lines) {
        FixedLine header = line(1, lines.get(0), 240);
        if (header == null) throw new RejectedFile(errors);
        String bankCode = header.text(1, 3);
        Cnab240Bank bank = Cnab240Bank.of(bankCode)
                .orElseThrow(() -> refused(
                        1,
                        "bank",
                        "banco " + bankCode
                                + " não é suportado em CNAB 240 (Banco do Brasil 001, Santander 033, Caixa 104)"));
        field(header, () -> {
            header.expect(143, 143, "2", "fileType", "código remessa/retorno (2 = retorno)");
            return null;
        });
        List<Title> titles = new ArrayList<>();
        Cnab240Bank.SegmentT pending = null;
        int last = lines.size();
        boolean trailer = false;
        for (int n = 2; n <= last && errors.size() < MAX_ERRORS; n++) {
            FixedLine line = line(n, lines.get(n - 1), 240);
            if (line == null) continue;
            String type = line.text(8, 8);
            if (!line.text(1, 3).equals(bankCode)) {
                error(n, "bank", "código do banco " + line.text(1, 3) + " difere do header (" + bankCode + ")");
                continue;
            }
            if (pending != null && !(type.equals("3") && line.text(14, 14).equals("U"))) {
                error(n, "segment", "o segmento T da linha " + pending.line() + " não é seguido do seu segmento U");
                pending = null;
            }
            switch (type) {
                case "1", "5" -> {}
                case "3" -> {
                    String segment = line.text(14, 14);
                    if (segment.equals("T")) {
                        pending = field(line, () -> bank.segmentT(line));
                    } else if (segment.equals("U")) {
                        if (pending == null) {
                            error(n, "segment", "segmento U sem o segmento T antes dele");
                        } else {
                            Cnab240Bank.SegmentT t = pending;
                            Title title = field(line, () -> bank.title(t, line));
                            if (title != null) titles.add(title);
                            pending = null;
                        }
                    }
                }
                case "9" -> {
                    trailer = true;
                    if (n != last) error(n, "recordType", "há linhas depois do trailer do arquivo (registro 9)");
                }
                default -> error(n, "recordType", "tipo de registro (posição 8) '" + type + "' não existe no CNAB 240");
            }
        }
        if (!trailer && errors.size() < MAX_ERRORS) {
            error(last, "recordType", "falta o trailer do arquivo (registro 9): o arquivo parece cortado");
        }
        return new ParsedReturn(ReturnFormat.CNAB240, bank.code, bank.identity(header), titles);
    }

    private FixedLine line(int number, String raw, int width) {
        try {
            return FixedLine.of(number, raw, width);
        } catch (FixedLine.BadField e) {
            error(number, e.field, e.getMessage());
            return null;
        }
    }

    private <T> T field(FixedLine line, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (FixedLine.BadField e) {
            error(line.number(), e.field, e.getMessage());
            return null;
        }
    }

    private void error(int line, String field, String message) {
        if (errors.size() < MAX_ERRORS) errors.add(new LineError(line, field, message));
    }

    private RejectedFile refused(int line, String field, String message) {
        error(line, field, message);
        return new RejectedFile(errors);
    }

    /** The file's lines; one final line break (or several) ends the last line, not a new empty one. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = length;
            int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(text.substring(start, stop));
            start = end + 1;
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
        return lines;
    }
}
