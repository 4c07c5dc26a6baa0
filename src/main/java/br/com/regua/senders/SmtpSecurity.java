package br.com.regua.senders;

/** How the SMTP connection is protected. */
public enum SmtpSecurity {
    NONE,
    STARTTLS,
    SSL
}
