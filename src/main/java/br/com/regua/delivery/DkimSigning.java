package br.com.regua.delivery;

import br.com.regua.senders.DkimKey;
import br.com.regua.senders.SenderConfig;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.security.interfaces.RSAPrivateKey;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * Signs a composed e-mail with DKIM (RFC 6376) when its sender has a key: rsa-sha256,
 * relaxed/relaxed, over the headers a receiver shows or acts on (only those present). The
 * signature is computed when the message is written to the SMTP connection, over the exact bytes
 * that go out.
 */
final class DkimSigning {

    static final List<String> SIGNED_HEADERS = List.of(
            "From",
            "To",
            "Subject",
            "Date",
            "Message-ID",
            "MIME-Version",
            "Content-Type",
            "List-Unsubscribe",
            "List-Unsubscribe-Post");

    private record ParsedKey(String pem, RSAPrivateKey key) {}

    // Parsing a PEM and checking the key costs a signature; at hundreds of messages a second it
    // is done once per sender and key. A changed key replaces the entry.
    private static final Map<UUID, ParsedKey> KEYS = new ConcurrentHashMap<>();

    private DkimSigning() {}

    /** The message signed for {@code sender}, or the message itself when the sender does not sign. */
    static MimeMessage sign(SenderConfig sender, MimeMessage message) throws MessagingException {
        SenderConfig.Dkim dkim = sender.dkim();
        if (dkim == null) return message;
        // A signer per message: DkimSigner keeps its Signature and MessageDigest in fields, so one
        // shared by the dispatch workers would mix their messages.
        DkimSigner signer = new DkimSigner(dkim.domain(), dkim.selector(), key(sender.id(), dkim.privateKeyPem()));
        // The key was checked when it was saved; a DNS look-up before every message is not ours to do.
        signer.setCheckDomainKey(false);
        signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
        signer.setHeaderCanonicalization(Canonicalization.RELAXED);
        signer.setBodyCanonicalization(Canonicalization.RELAXED);
        // The library signs a default list of its own; keep exactly ours.
        Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Enumeration<Header> headers = message.getAllHeaders(); headers.hasMoreElements(); ) {
            present.add(headers.nextElement().getName());
        }
        present.removeAll(SIGNED_HEADERS);
        present.forEach(signer::removeHeaderToSign);
        SIGNED_HEADERS.forEach(signer::addHeaderToSign);
        return new DkimMessage(message, signer);
    }

    private static RSAPrivateKey key(UUID senderId, String pem) {
        ParsedKey cached = KEYS.get(senderId);
        if (cached != null && cached.pem().equals(pem)) return cached.key();
        ParsedKey parsed = new ParsedKey(pem, DkimKey.parse(pem).privateKey());
        KEYS.put(senderId, parsed);
        return parsed.key();
    }
}
