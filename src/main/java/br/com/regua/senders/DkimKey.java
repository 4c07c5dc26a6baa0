package br.com.regua.senders;

import br.com.regua.shared.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * A sender's DKIM key: an RSA private key of 1024 to 4096 bits read from PEM, PKCS#8
 * ({@code BEGIN PRIVATE KEY}, what {@code openssl genpkey} writes) or PKCS#1
 * ({@code BEGIN RSA PRIVATE KEY}), and the public key derived from it that receivers look up in
 * DNS. A key that cannot sign is refused here, when it is typed, not at the first send.
 */
public final class DkimKey {

    static final int MIN_BITS = 1024;
    static final int MAX_BITS = 4096;
    private static final String FIELD = "dkimPrivateKey";
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN (RSA PRIVATE KEY|PRIVATE KEY)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final RSAPrivateCrtKey privateKey;
    private final String publicKey;

    private DkimKey(RSAPrivateCrtKey privateKey, String publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key in {@code pem}, or a 400 naming {@code dkimPrivateKey} that says what is wrong. */
    public static DkimKey parse(String pem) {
        if (pem == null || pem.isBlank()) throw invalid("obrigatório");
        if (pem.contains("ENCRYPTED")) {
            throw invalid("a chave está protegida por senha; exporte-a sem senha (openssl pkey -in chave.pem)");
        }
        Matcher matcher = PEM.matcher(pem.strip());
        if (!matcher.matches()) throw invalid("chave privada RSA em PEM inválida");
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw invalid("chave privada RSA em PEM inválida");
        }
        RSAPrivateCrtKey key = matcher.group(1).startsWith("RSA") ? pkcs1(der) : pkcs8(der);
        int bits = key.getModulus().bitLength();
        if (bits < MIN_BITS || bits > MAX_BITS) {
            throw invalid("chave RSA de " + bits + " bits; use de " + MIN_BITS + " a " + MAX_BITS
                    + " bits (2048 é o recomendado)");
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            var publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            // A key whose parts do not agree would sign mail that never verifies: prove it signs.
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update("DKIM".getBytes(StandardCharsets.US_ASCII));
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update("DKIM".getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(signature)) throw invalid("chave privada RSA inconsistente");
            return new DkimKey(key, Base64.getEncoder().encodeToString(publicKey.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw invalid("chave privada RSA em PEM inválida");
        }
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    /** The DER SubjectPublicKeyInfo in base64: the {@code p=} of the DNS record. */
    public String publicKey() {
        return publicKey;
    }

    public int bits() {
        return privateKey.getModulus().bitLength();
    }

    private static RSAPrivateCrtKey pkcs8(byte[] der) {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw invalid("chave privada RSA em PEM inválida");
        }
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(
                info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw invalid("a chave não é RSA; a assinatura DKIM aceita chaves RSA");
        }
        return crt(() -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    private static RSAPrivateCrtKey pkcs1(byte[] der) {
        return crt(() -> {
            var rsa = org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(der);
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new RSAPrivateCrtKeySpec(
                            rsa.getModulus(),
                            rsa.getPublicExponent(),
                            rsa.getPrivateExponent(),
                            rsa.getPrime1(),
                            rsa.getPrime2(),
                            rsa.getExponent1(),
                            rsa.getExponent2(),
                            rsa.getCoefficient()));
        });
    }

    private interface KeyReading {
        PrivateKey read() throws GeneralSecurityException;
    }

    /** The public key is derived from the CRT form's public exponent; every PEM tool writes that form. */
    private static RSAPrivateCrtKey crt(KeyReading reading) {
        PrivateKey key;
        try {
            key = reading.read();
        } catch (GeneralSecurityException | RuntimeException e) {
            // malformed DER surfaces as BC's IllegalArgumentException or ASN1ParsingException
            throw invalid("chave privada RSA em PEM inválida");
        }
        if (key instanceof RSAPrivateCrtKey crt) return crt;
        throw invalid("chave privada RSA sem o expoente público");
    }

    private static InvalidFieldException invalid(String message) {
        return new InvalidFieldException(FIELD, message);
    }

    @Override
    public String toString() {
        return "DkimKey[RSA " + bits() + " bits]";
    }
}
