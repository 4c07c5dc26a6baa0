package br.com.regua.shared;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Refuses to start an instance on an external database without {@code REGUA_SECRET_KEY}: it would
 * generate a key of its own, and the secrets and signed links of one instance would not open on the
 * others sharing that database. Runs before any bean is made, so nothing reaches the database
 * first, and after logging is set up, so the refusal is printed ({@link SharedSecretKeyFailure}).
 */
class SharedSecretKeyCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (isBlank(environment.getProperty("regua.database.url"))) return;
        if (!isBlank(environment.getProperty("regua.secret-key"))) return;
        throw new MissingSecretKeyException();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static final class MissingSecretKeyException extends IllegalStateException {
        static final String PROBLEM = "REGUA_DATABASE_URL points at an external database but REGUA_SECRET_KEY is"
                + " not set: each instance would generate a key of its own, and the secrets and signed links of"
                + " one instance would not open on the others.";
        static final String ACTION = "Set REGUA_SECRET_KEY (or regua.secret-key) to the same value on every"
                + " instance, for example the output of `openssl rand -base64 32`; keep it secret and never"
                + " change it, or the stored credentials cannot be decrypted.";

        MissingSecretKeyException() {
            super(PROBLEM + " " + ACTION);
        }
    }
}
