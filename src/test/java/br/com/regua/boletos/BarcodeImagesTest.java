package br.com.regua.boletos;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.ITFReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The images are read back by zxing's own readers, as a scanner would. */
class BarcodeImagesTest {

    private final Boleto boleto = new Boletos().issue(Requests.itau());

    @Test
    void the_itf_png_reads_back_as_the_barcode() throws Exception {
        byte[] png = BarcodeImages.itfPng(boleto.barcode(), 2, 80);
        Result result = new ITFReader()
                .decodeRow(
                        40, bitmap(png).getBlackRow(40, null), Map.of(DecodeHintType.ALLOWED_LENGTHS, new int[] {44}));
        assertThat(result.getText()).isEqualTo(boleto.barcode());
        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.ITF);
    }

    @Test
    void the_itf_pattern_has_the_febraban_proportions() {
        boolean[] modules = BarcodeImages.itfModules(boleto.barcode());
        // start (4) + 22 digit pairs × 18 modules + stop (5): 405 narrow modules, 102.87 mm at 0.254 mm.
        assertThat(modules).hasSize(405);
        assertThat(modules.length * BarcodeImages.ITF_MODULE_MM).isBetween(102.5, 103.5);
        var bars = BarcodeImages.runs(modules);
        assertThat(bars).hasSize(2 + 44 * 5 / 2 + 2);
        assertThat(bars).extracting(BarcodeImages.Run::length).containsOnly(1, 3);
        assertThat(bars.get(0)).isEqualTo(new BarcodeImages.Run(0, 1));
        assertThat(bars.get(1)).isEqualTo(new BarcodeImages.Run(2, 1));
        assertThat(bars.get(bars.size() - 1)).isEqualTo(new BarcodeImages.Run(404, 1));
        assertThat(bars.get(bars.size() - 2)).isEqualTo(new BarcodeImages.Run(400, 3));
    }

    @Test
    void the_qr_png_reads_back_as_the_pix_payload() throws Exception {
        String payload = BrCode.staticPayload(new PixRequest(
                "123e4567-e12b-12d1-a456-426655440000", 15990L, "Provedor Exemplo", "Sao Paulo", "REGUA0001"));
        byte[] png = BarcodeImages.qrPng(payload, 4);
        Result result = new QRCodeReader().decode(bitmap(png));
        assertThat(result.getText()).isEqualTo(payload);
    }

    @Test
    void the_svgs_are_well_formed_and_sized() throws Exception {
        String itf = BarcodeImages.itfSvg(boleto.barcode());
        String qr = BarcodeImages.qrSvg("00020126580014br.gov.bcb.pix");
        var parser = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
        var itfRoot = parser.parse(new ByteArrayInputStream(itf.getBytes())).getDocumentElement();
        assertThat(itfRoot.getAttribute("height")).isEqualTo("13mm");
        assertThat(itfRoot.getAttribute("width")).isEqualTo("113.030mm"); // 103 mm + 2 × 5.08 mm quiet zone
        assertThat(parser.parse(new ByteArrayInputStream(qr.getBytes()))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("svg");
        assertThat(itf).contains("M20 0h1v1h-1z");
    }

    private static BinaryBitmap bitmap(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    }
}
