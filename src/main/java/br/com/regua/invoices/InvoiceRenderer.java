package br.com.regua.invoices;

import br.com.regua.invoices.internal.CarnePart;
import br.com.regua.invoices.internal.LetterPages;
import br.com.regua.invoices.internal.LetterPart;
import br.com.regua.invoices.internal.PdfLog;
import br.com.regua.invoices.internal.Slip;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders an invoice — the boleto bank slip, with the Pix QR code for BOLIX — as a PDF. Pure: no
 * database, no clock; the fonts travel inside the jar, so the slip looks the same on every machine
 * (the bytes differ run to run only by the PDF's random document ID).
 */
@Component
public class InvoiceRenderer {

    static final String FONT = "DejaVu Sans";

    static {
        // openhtmltopdf writes a dozen INFO lines per PDF to java.util.logging; see PdfLog.
        XRLog.setLoggerImpl(new PdfLog());
    }

    private final TemplateEngine templates = templates();
    private final byte[] regular = font("fonts/DejaVuSans.ttf");
    private final byte[] bold = font("fonts/DejaVuSans-Bold.ttf");

    public byte[] render(InvoiceData data) {
        Context context = new Context();
        context.setVariable("slip", Slip.of(data));
        return pdf(templates.process("invoice", context));
    }

    /** A carnê: every installment's slip, three per A4 page, in the order given. */
    public byte[] renderCarne(String title, List<CarneSlip> slips) {
        if (slips.isEmpty()) throw new IllegalArgumentException("a carnê needs at least one slip");
        Context context = new Context();
        context.setVariable("title", title);
        context.setVariable(
                "parts",
                slips.stream()
                        .map(s -> new CarnePart(s.installment() + "/" + s.installments(), Slip.of(s.data())))
                        .toList());
        return pdf(templates.process("carne", context));
    }

    /** Letters: one A4 sheet each, in the order given, with the pages each took in the PDF. */
    LetterPrint renderLetters(String title, List<LetterPart> letters) {
        if (letters.isEmpty()) throw new IllegalArgumentException("a print batch needs at least one letter");
        Context context = new Context();
        context.setVariable("title", title);
        context.setVariable("letters", letters);
        byte[] pdf = pdf(templates.process("letters", context));
        return new LetterPrint(pdf, LetterPages.count(pdf, letters.size()));
    }

    private byte[] pdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("invoices/");
        resolver.setSuffix(".xhtml");
        // XML mode: the output stays well-formed XHTML, which openhtmltopdf's parser requires.
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's flavour evaluates expressions with SpEL (plain Thymeleaf needs OGNL, absent here).
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static byte[] font(String path) {
        try (InputStream in = InvoiceRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("font missing from the classpath: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
