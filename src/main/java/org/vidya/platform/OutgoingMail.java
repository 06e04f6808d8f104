package org.vidya.platform;

/**
 * Sends e-mail reliably: a message is written to the outbox in the caller's transaction, so it
 * exists exactly when the change that caused it does, and is delivered after commit by SMTP
 * when configured. Without SMTP it stays in the outbox, readable on the developer mailbox page.
 */
public interface OutgoingMail {

    void send(String to, String subject, String body);
}
