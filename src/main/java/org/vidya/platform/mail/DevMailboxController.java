package org.vidya.platform.mail;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.platform.ApiException;

/**
 * The developer mailbox: the outbox as a web page, so that someone running Vidya on a laptop
 * can finish a sign-in by e-mail code without a mail server. Enabled only by configuration.
 */
@Controller
@ConditionalOnBooleanProperty("vidya.mail.dev-mailbox")
class DevMailboxController {

    private static final Logger log = LoggerFactory.getLogger(DevMailboxController.class);

    private final MailMessages messages;

    DevMailboxController(MailMessages messages) {
        this.messages = messages;
        log.warn("The developer mailbox is enabled at /dev/mailbox: anyone who can reach this server can read "
                + "its e-mail. Set VIDYA_DEV_MAILBOX=false outside local development.");
    }

    record MailView(UUID id, String to, String subject, String body, String status, java.time.Instant createdAt) {
        static MailView of(MailMessage m) {
            return new MailView(m.id(), m.to(), m.subject(), m.body(), m.status().name(), m.createdAt());
        }
    }

    @GetMapping("/dev/mailbox")
    String mailbox(@RequestParam(required = false) String to, Model model) {
        List<MailMessage> list = to == null || to.isBlank()
                ? messages.findAllByOrderByCreatedAtDesc(Limit.of(100))
                : messages.findByToOrderByCreatedAtDesc(to.trim().toLowerCase(), Limit.of(100));
        model.addAttribute("messages", list.stream().map(MailView::of).toList());
        model.addAttribute("to", to);
        return "platform/mailbox";
    }

    @GetMapping("/dev/mailbox/{id}")
    String message(@PathVariable UUID id, Model model) {
        MailMessage message = messages.findById(id)
                .orElseThrow(() -> ApiException.notFound("mail-not-found", "No such e-mail in the outbox."));
        model.addAttribute("message", MailView.of(message));
        return "platform/mail";
    }
}
