package br.com.regua.shared;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (SMTP passwords, provider tokens) with AES-256-GCM under
 * {@code REGUA_SECRET_KEY}, or under a key generated once into {@code REGUA_DATA_DIR} when the
 * variable is absent. Several instances on one database must share the variable: with an external
 * database an instance without it refuses to start ({@link SharedSecretKeyCheck}).
 */
@Component
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final byte[] material;

    SecretBox(@Value("${regua.secret-key:}") String configured, @Value("${regua.data-dir}") Path dataDir)
            throws IOException {
        String material = configured == null || configured.isBlank() ? generatedKey(dataDir) : configured;
        this.material = sha256(material);
        this.key = new SecretKeySpec(this.material, "AES");
    }

    /** A key for another purpose (e.g. signing links), derived from the same secret. */
    public byte[] derive(String purpose) {
        return sha256(Base64.getEncoder().encodeToString(material) + ":" + purpose);
    }

    public String encrypt(String plain) {
        if (plain == null) return null;
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                                    .put(iv)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) return null;
        if (!stored.startsWith(PREFIX)) throw new IllegalStateException("unknown secret format");
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt: was REGUA_SECRET_KEY changed?", e);
        }
    }

    private static String generatedKey(Path dataDir) throws IOException {
        Path file = dataDir.resolve("secret.key");
        if (Files.exists(file)) return Files.readString(file).trim();
        Files.createDirectories(dataDir);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = Base64.getEncoder().encodeToString(random);
        Files.writeString(file, key);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file still works; only its permissions are the platform's default
        }
        return key;
    }

    private static byte[] sha256(String material) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
