package br.com.regua.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.exceptions.PermFailException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * DKIM for tests: RSA key pairs in the PEM forms merchants paste, the TXT record they publish, and
 * an independent verifier (Apache James jDKIM, not the signing library) that looks keys up in a
 * DNS of the test's own instead of the real one.
 */
public final class Dkim {

    /** What a verifier concluded, and why when it failed. */
    public record Verdict(boolean pass, String reason, List<SignatureRecord> signatures) {}

    private Dkim() {}

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code -----BEGIN PRIVATE KEY-----}, as {@code openssl genpkey} writes it. */
    public static String pkcs8Pem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** {@code -----BEGIN RSA PRIVATE KEY-----}, as {@code openssl genrsa} (1.x) writes it. */
    public static String pkcs1Pem(KeyPair pair) {
        try {
            byte[] pkcs1 = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded())
                    .parsePrivateKey()
                    .toASN1Primitive()
                    .getEncoded();
            return pem("RSA PRIVATE KEY", pkcs1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The TXT record's value for the pair's public key. */
    public static String txt(KeyPair pair) {
        return "v=DKIM1; k=rsa; p="
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    /**
     * Verifies {@code message} (as received, byte for byte) against the TXT records of {@code dns},
     * keyed by name ({@code selector._domainkey.domain}).
     */
    public static Verdict verify(byte[] message, Map<String, String> dns) {
        DKIMVerifier verifier = new DKIMVerifier((method, selector, domain) -> {
            String value = dns.get(selector + "._domainkey." + domain);
            if (value == null) throw new PermFailException("no key published at " + selector + "._domainkey." + domain);
            return List.of(value);
        });
        try {
            List<SignatureRecord> verified = verifier.verify(new ByteArrayInputStream(message));
            if (verified == null || verified.isEmpty()) return new Verdict(false, "no DKIM-Signature", List.of());
            return new Verdict(true, "pass", verified);
        } catch (FailException e) {
            return new Verdict(false, e.getMessage(), List.of());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
