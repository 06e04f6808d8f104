package org.vidya.platform.mail;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.platform.OutgoingMail;

/**
 * The outbox behind {@link OutgoingMail}. With SMTP configured, messages are delivered right
 * after their transaction commits and retried on a schedule; without it they are stored.
 */
@Service
class OutboxMail implements OutgoingMail {

    private static final Logger log = LoggerFactory.getLogger(OutboxMail.class);

    private final MailMessages messages;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    OutboxMail(MailMessages messages, ObjectProvider<JavaMailSender> smtp, MailProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.messages = messages;
        this.smtp = smtp;
        this.properties = properties;
        this.transactions = transactions;
        // Delivery runs after the sender's commit, where a joined transaction would never commit again.
        this.separateTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void send(String to, String subject, String body) {
        boolean deliverable = sender() != null;
        MailMessage message = new MailMessage(to, subject, body,
                deliverable ? MailMessage.Status.PENDING : MailMessage.Status.STORED, clock.instant());
        transactions.executeWithoutResult(status -> messages.save(message));
        if (!deliverable) {
            log.info("E-mail to {} stored in the outbox: {}", to, subject);
            return;
        }
        UUID id = message.id();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id);
                }
            });
        } else {
            deliver(id);
        }
    }

    /** Retries what could not be delivered at once (SMTP down, or the node stopped after commit). */
    @Scheduled(fixedDelayString = "${vidya.mail.retry-interval:PT30S}", initialDelayString = "PT20S")
    void retryPending() {
        if (sender() == null) {
            return;
        }
        List<MailMessage> pending = messages.findByStatusOrderByCreatedAt(MailMessage.Status.PENDING, Limit.of(50));
        pending.forEach(m -> deliver(m.id()));
    }

    // Boot makes a sender whenever spring.mail.host is set, even to the blank default.
    private @Nullable JavaMailSender sender() {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank())) {
            return null;
        }
        return sender;
    }

    void deliver(UUID id) {
        JavaMailSender sender = sender();
        if (sender == null) {
            return;
        }
        separateTransaction.executeWithoutResult(status -> messages.findById(id)
                .filter(m -> m.status() == MailMessage.Status.PENDING)
                .ifPresent(m -> {
                    try {
                        SimpleMailMessage mail = new SimpleMailMessage();
                        mail.setFrom(properties.from());
                        mail.setTo(m.to());
                        mail.setSubject(m.subject());
                        mail.setText(m.body());
                        sender.send(mail);
                        m.sent(clock.instant());
                    } catch (RuntimeException e) {
                        log.warn("Could not deliver e-mail {} (attempt {}): {}", m.id(), m.attempts() + 1,
                                e.getMessage());
                        m.failed(String.valueOf(e.getMessage()), properties.maxAttempts());
                    }
                }));
    }
}
