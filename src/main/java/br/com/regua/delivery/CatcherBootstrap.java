package br.com.regua.delivery;

import br.com.regua.shared.Ids;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * With the mail catcher on, the first account ("Minha empresa") gets a sender pointing at it, so
 * the embedded default delivers real e-mails before anyone configures SMTP, and outbox senders
 * for SMS and WhatsApp, whose messages the back-office shows. A real sender added later takes
 * precedence (see {@code SenderConfigs}).
 */
@Component
@Order(100) // after the first account exists
class CatcherBootstrap implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final ObjectProvider<MailCatcher> catcher;

    CatcherBootstrap(JdbcClient jdbc, ObjectProvider<MailCatcher> catcher) {
        this.jdbc = jdbc;
        this.catcher = catcher;
    }

    @Override
    public void run(ApplicationArguments args) {
        MailCatcher running = catcher.getIfAvailable();
        if (running == null) {
            // Turned off (production): its sender must not hold notices for a port nobody listens on.
            jdbc.sql("UPDATE senders SET active = false WHERE provider = 'CATCHER' AND active")
                    .update();
            return;
        }
        jdbc.sql("""
                INSERT INTO senders (account_id, id, channel, name, active, provider, host, port, security,
                                     from_address, from_name)
                SELECT a.id, ?, 'EMAIL', 'Caixa de saída local (catcher)', true, 'CATCHER', '127.0.0.1', ?, 'NONE',
                       'cobranca@regua.local', a.name
                FROM (SELECT id, name FROM accounts ORDER BY id LIMIT 1) a
                WHERE NOT EXISTS (SELECT 1 FROM senders WHERE provider = 'CATCHER')""").params(Ids.next(), running.port()).update();
        for (String channel : new String[] {"SMS", "WHATSAPP"}) {
            jdbc.sql("""
                    INSERT INTO senders (account_id, id, channel, name, active, provider)
                    SELECT a.id, ?, ?, 'Caixa de saída local', true, 'OUTBOX'
                    FROM (SELECT id FROM accounts ORDER BY id LIMIT 1) a
                    WHERE NOT EXISTS (SELECT 1 FROM senders s WHERE s.account_id = a.id AND s.channel = ?)""").params(Ids.next(), channel, channel).update();
        }
    }
}
