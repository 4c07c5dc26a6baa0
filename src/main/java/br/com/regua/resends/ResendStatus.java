package br.com.regua.resends;

/** Read from its notifications: none taken yet, some under way, all in a final status. */
public enum ResendStatus {
    PENDING,
    PROCESSING,
    DONE
}
