package br.com.regua.senders;

import br.com.regua.shared.InvalidFieldException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a sender's DKIM settings when they are typed: the three go together, only on SMTP
 * senders, and the signing domain is the From address's domain or a parent of it (DMARC's relaxed
 * alignment), since a signature of another domain does not help the From domain pass DMARC.
 */
final class DkimFields {

    /** Settings that passed, normalised: lower-case domain and selector, the key parsed. */
    record Checked(String domain, String selector, DkimKey key) {}

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern SELECTOR = Pattern.compile(LABEL + "(?:\\." + LABEL + ")*");
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")+");

    private DkimFields() {}

    /** Null when none of the three is given. */
    static Checked check(Provider provider, String fromAddress, DkimData data) {
        if (data == null || data.isEmpty()) return null;
        if (provider != Provider.SMTP) {
            throw new InvalidFieldException("dkimDomain", "a assinatura DKIM é só para remetentes de e-mail SMTP");
        }
        String domain = normalised(data.dkimDomain());
        String selector = normalised(data.dkimSelector());
        String together = "obrigatório com a assinatura DKIM: informe dkimDomain, dkimSelector e dkimPrivateKey";
        if (domain.isEmpty()) throw new InvalidFieldException("dkimDomain", together);
        if (selector.isEmpty()) throw new InvalidFieldException("dkimSelector", together);
        if (data.dkimPrivateKey() == null || data.dkimPrivateKey().isBlank()) {
            throw new InvalidFieldException("dkimPrivateKey", together);
        }
        if (!SELECTOR.matcher(selector).matches()) {
            throw new InvalidFieldException(
                    "dkimSelector", "seletor inválido; use letras, dígitos e hífens, ex.: regua1");
        }
        if (!DOMAIN.matcher(domain).matches() || domain.length() > 253) {
            throw new InvalidFieldException("dkimDomain", "domínio inválido, ex.: provedor.com.br");
        }
        checkDomain(domain, fromAddress, "dkimDomain");
        return new Checked(domain, selector, DkimKey.parse(data.dkimPrivateKey()));
    }

    /** DMARC's relaxed alignment: the signing domain is the From address's domain or a parent of it. */
    static void checkDomain(String domain, String fromAddress, String field) {
        String fromDomain = fromAddress == null
                ? ""
                : fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
        if (!fromDomain.equals(domain) && !fromDomain.endsWith("." + domain)) {
            throw new InvalidFieldException(
                    field,
                    "dkimDomain".equals(field)
                            ? "deve ser o domínio do e-mail do remetente (" + fromDomain + ") ou um domínio acima dele"
                            : "o domínio " + fromDomain + " não combina com a assinatura DKIM de " + domain
                                    + "; troque ou remova a assinatura DKIM");
        }
    }

    private static String normalised(String name) {
        if (name == null) return "";
        String s = name.strip().toLowerCase(Locale.ROOT);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
