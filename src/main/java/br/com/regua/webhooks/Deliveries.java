package br.com.regua.webhooks;

import br.com.regua.accounts.Accounts;
import br.com.regua.delivery.MerchantMail;
import br.com.regua.shared.Ids;
import br.com.regua.shared.SecretBox;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * One round of delivery: claim the due head event of each endpoint, POST them all at once (each
 * bounded by the sender's timeouts, well within the claim's lease), and record each outcome with
 * its log line in one transaction. A claim whose outcome is never written (a crash) is taken again
 * when its lease ends: delivery is at least once.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    static final int BATCH = 50;

    private final DeliveryRows rows;
    private final WebhookSender sender;
    private final WebhookTargets targets;
    private final SecretBox secrets;
    private final TransactionTemplate transaction;
    private final Accounts accounts;
    private final MerchantMail mail;
    private final Clock clock;

    Deliveries(
            DeliveryRows rows,
            WebhookSender sender,
            WebhookTargets targets,
            SecretBox secrets,
            TransactionTemplate transaction,
            Accounts accounts,
            MerchantMail mail,
            Clock clock) {
        this.rows = rows;
        this.sender = sender;
        this.targets = targets;
        this.secrets = secrets;
        this.transaction = transaction;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    /** Delivers what is due now, of one account or (null) of all; answers how many attempts were made. */
    int deliverDue(UUID account) {
        List<DeliveryRows.Claim> claims = rows.claim(clock.instant(), BATCH, account);
        if (claims.isEmpty()) return 0;
        List<CompletableFuture<WebhookSender.Answer>> answers = new ArrayList<>();
        for (var claim : claims) answers.add(send(claim));
        for (int i = 0; i < claims.size(); i++)
            record(claims.get(i), answers.get(i).join());
        return claims.size();
    }

    private CompletableFuture<WebhookSender.Answer> send(DeliveryRows.Claim claim) {
        var refused = targets.refusal(claim.url());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(
                    new WebhookSender.Answer(null, null, "URL recusada: " + refused.get(), 0));
        }
        return sender.post(claim.url(), secrets.decrypt(claim.sealedSecret()), claim.messageId(), claim.payload());
    }

    private void record(DeliveryRows.Claim claim, WebhookSender.Answer answer) {
        Instant at = clock.instant();
        DeliveryRows.Failure failure = transaction.execute(status -> {
            rows.log(claim, Ids.next(), at, answer);
            if (answer.delivered()) {
                rows.delivered(claim, at);
                return null;
            }
            if (answer.gone()) {
                rows.gone(claim);
                return null;
            }
            return rows.failed(claim, at);
        });
        if (failure != null && failure.pausedNow()) tellMerchant(claim, failure.consecutiveFailures(), answer);
    }

    /** The pause is news the merchant must hear: their system stops hearing about charges. */
    private void tellMerchant(DeliveryRows.Claim claim, int failures, WebhookSender.Answer last) {
        var to = accounts.notificationEmail(claim.accountId());
        if (to.isEmpty()) {
            log.warn(
                    "Webhook endpoint {} paused; account {} has no notification e-mail",
                    claim.endpointId(),
                    claim.accountId());
            return;
        }
        String why = last.status() != null ? "HTTP " + last.status() : last.error();
        String subject = "Webhook pausado: " + failures + " falhas seguidas em " + claim.url();
        String text = "Olá,\n\n"
                + "As últimas " + failures + " tentativas de entregar eventos ao endereço " + claim.url()
                + " falharam (a última: " + why + "), por isso o webhook foi pausado.\n\n"
                + "Os eventos continuam guardados e serão entregues, na ordem, assim que você o reativar em"
                + " Configurações > Integrações > Webhooks, depois de corrigir o seu sistema.\n\n"
                + "-- \nAviso automático da Régua.\n";
        String html = "<p>Olá,</p><p>As últimas " + failures + " tentativas de entregar eventos ao endereço <strong>"
                + HtmlUtils.htmlEscape(claim.url()) + "</strong> falharam (a última: " + HtmlUtils.htmlEscape(why)
                + "), por isso o webhook foi pausado.</p><p>Os eventos continuam guardados e serão entregues, na"
                + " ordem, assim que você o reativar em Configurações &gt; Integrações &gt; Webhooks, depois de"
                + " corrigir o seu sistema.</p><p style=\"color:#4b5563\">Aviso automático da Régua.</p>";
        var result = mail.send(claim.accountId(), null, to.get(), subject, html, text);
        if (!result.sent())
            log.warn("Webhook pause e-mail not sent to account {}: {}", claim.accountId(), result.response());
    }
}
