package br.com.regua.senders;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A sender the server refused for its own fault — its from-address, its credentials, relaying —
 * is switched off with the server's answer, shown on its page, until the merchant fixes it and
 * switches it on again; meanwhile its notices wait instead of failing one by one.
 */
@Service
public class SenderPauses {

    private final JdbcClient jdbc;

    SenderPauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Pauses the sender; false when it was already off. */
    public boolean pause(UUID accountId, UUID senderId, String serverAnswer) {
        String reason = serverAnswer == null ? null : serverAnswer.substring(0, Math.min(serverAnswer.length(), 1000));
        return jdbc.sql("""
                        UPDATE senders SET active = false, paused_reason = ?, paused_at = now()
                        WHERE account_id = ? AND id = ? AND active""").params(reason, accountId, senderId).update() > 0;
    }
}
