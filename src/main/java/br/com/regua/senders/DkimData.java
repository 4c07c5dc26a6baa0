package br.com.regua.senders;

import jakarta.validation.constraints.Size;

/**
 * DKIM signing for an SMTP sender, as a client sends it: all three together. The private key (PEM,
 * PKCS#8 or PKCS#1 RSA) is write-only.
 */
public record DkimData(
        @Size(max = 253) String dkimDomain,
        @Size(max = 253) String dkimSelector,
        @Size(max = DkimData.MAX_KEY_LENGTH) String dkimPrivateKey) {

    /** A 4096-bit key in PEM is about 3,300 characters. */
    static final int MAX_KEY_LENGTH = 8000;

    boolean isEmpty() {
        return blank(dkimDomain) && blank(dkimSelector) && blank(dkimPrivateKey);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
