package br.com.regua.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The operator's secrets, all optional (product.md Appendix A). */
@ConfigurationProperties("regua")
record AccessProperties(String bootstrapApiKey, String adminPassword, String operatorToken) {

    boolean operatorEnabled() {
        return operatorToken != null && !operatorToken.isBlank();
    }
}
