package br.com.regua.boletos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.ITFWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The boleto barcode (Interleaved 2 of 5, wide bars three times the narrow ones) and the Pix QR
 * code, as module patterns, PNG or SVG.
 */
public final class BarcodeImages {

    /** Febraban's narrow bar: 0.254 mm, which makes the 44-digit barcode 103 mm long. */
    public static final double ITF_MODULE_MM = 0.254;

    public static final double ITF_HEIGHT_MM = 13;

    /** Blank modules on each side of the barcode (5 mm and more at 0.254 mm). */
    private static final int ITF_QUIET_MODULES = 20;

    private static final int QR_QUIET_MODULES = 4;

    private BarcodeImages() {}

    /** The barcode's modules, start and stop patterns included, {@code true} for black. */
    public static boolean[] itfModules(String barcode) {
        if (barcode == null || !barcode.matches("\\d{44}")) {
            throw new IllegalArgumentException("a boleto barcode has 44 digits: " + barcode);
        }
        return new ITFWriter().encode(barcode);
    }

    /** The QR code's modules, without quiet zone, {@code [row][column]}, {@code true} for black. */
    public static boolean[][] qrModules(String payload) {
        try {
            ByteMatrix matrix = Encoder.encode(
                            payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
                    .getMatrix();
            boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) modules[y][x] = matrix.get(x, y) == 1;
            }
            return modules;
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload does not fit a QR code", e);
        }
    }

    public static byte[] itfPng(String barcode, int pixelsPerModule, int heightPixels) {
        boolean[] modules = itfModules(barcode);
        int width = (modules.length + 2 * ITF_QUIET_MODULES) * pixelsPerModule;
        BufferedImage image = blank(width, heightPixels);
        for (int i = 0; i < modules.length; i++) {
            if (modules[i]) fill(image, (ITF_QUIET_MODULES + i) * pixelsPerModule, 0, pixelsPerModule, heightPixels);
        }
        return png(image);
    }

    public static byte[] qrPng(String payload, int pixelsPerModule) {
        boolean[][] modules = qrModules(payload);
        int size = (modules.length + 2 * QR_QUIET_MODULES) * pixelsPerModule;
        BufferedImage image = blank(size, size);
        for (int y = 0; y < modules.length; y++) {
            for (int x = 0; x < modules.length; x++) {
                if (modules[y][x]) {
                    fill(
                            image,
                            (QR_QUIET_MODULES + x) * pixelsPerModule,
                            (QR_QUIET_MODULES + y) * pixelsPerModule,
                            pixelsPerModule,
                            pixelsPerModule);
                }
            }
        }
        return png(image);
    }

    /** The barcode as SVG at its printed size (103 × 13 mm plus quiet zones), one rectangle per bar. */
    public static String itfSvg(String barcode) {
        boolean[] modules = itfModules(barcode);
        int width = modules.length + 2 * ITF_QUIET_MODULES;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.3fmm\" height=\"%.0fmm\" viewBox=\"0 0 %d 1\""
                        + " preserveAspectRatio=\"none\" shape-rendering=\"crispEdges\">"
                        + "<rect width=\"%d\" height=\"1\" fill=\"#fff\"/><path fill=\"#000\" d=\"",
                width * ITF_MODULE_MM,
                ITF_HEIGHT_MM,
                width,
                width));
        for (Run bar : runs(modules)) {
            svg.append('M')
                    .append(ITF_QUIET_MODULES + bar.start())
                    .append(" 0h")
                    .append(bar.length());
            svg.append("v1h-").append(bar.length()).append('z');
        }
        return svg.append("\"/></svg>").toString();
    }

    public static String qrSvg(String payload) {
        boolean[][] modules = qrModules(payload);
        int size = modules.length + 2 * QR_QUIET_MODULES;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" shape-rendering=\"crispEdges\">"
                        + "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/><path fill=\"#000\" d=\"",
                size,
                size,
                size,
                size));
        for (int y = 0; y < modules.length; y++) {
            for (Run run : runs(modules[y])) {
                svg.append('M')
                        .append(QR_QUIET_MODULES + run.start())
                        .append(' ')
                        .append(QR_QUIET_MODULES + y);
                svg.append('h')
                        .append(run.length())
                        .append("v1h-")
                        .append(run.length())
                        .append('z');
            }
        }
        return svg.append("\"/></svg>").toString();
    }

    /** A run of black modules: one bar of a barcode, or part of a QR code's row. */
    public record Run(int start, int length) {}

    /** The runs of black modules, left to right: what a renderer draws. */
    public static List<Run> runs(boolean[] modules) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < modules.length) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < modules.length && modules[i]) i++;
            runs.add(new Run(start, i - start));
        }
        return runs;
    }

    /** A white 1-bit image: sample 0 is black, 1 white in TYPE_BYTE_BINARY's palette. */
    private static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        fill(image, 0, 0, width, height, 1);
        return image;
    }

    private static void fill(BufferedImage image, int x, int y, int width, int height) {
        fill(image, x, y, width, height, 0);
    }

    private static void fill(BufferedImage image, int x, int y, int width, int height, int sample) {
        int[] row = new int[width];
        java.util.Arrays.fill(row, sample);
        for (int line = y; line < y + height; line++) image.getRaster().setSamples(x, line, width, 1, 0, row);
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
