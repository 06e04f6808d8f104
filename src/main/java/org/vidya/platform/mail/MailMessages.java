package org.vidya.platform.mail;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailMessages extends JpaRepository<MailMessage, UUID> {

    List<MailMessage> findByStatusOrderByCreatedAt(MailMessage.Status status, Limit limit);

    List<MailMessage> findAllByOrderByCreatedAtDesc(Limit limit);

    List<MailMessage> findByToOrderByCreatedAtDesc(String to, Limit limit);
}
