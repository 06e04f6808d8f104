package org.vidya.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from        sender address of every e-mail
 * @param devMailbox  show the outbox on /dev/mailbox (for local use; never in production)
 * @param maxAttempts SMTP delivery attempts before a message is marked failed
 */
@ConfigurationProperties("vidya.mail")
record MailProperties(@DefaultValue("Vidya <no-reply@vidya.local>") String from,
        @DefaultValue("false") boolean devMailbox,
        @DefaultValue("8") int maxAttempts) {
}
