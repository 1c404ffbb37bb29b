package org.sightline.kernel.notifications;

import org.sightline.kernel.calendar.ICalendar;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Emails go into the {@code mail_outbox} table in the same transaction as the work that caused
 * them, and a scheduled job sends them. A mail server that is down only delays them: each
 * failure is recorded and retried later (1, 2, 4 … minutes, then hourly), never dropped.
 */
@Service
public class MailOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;

    public MailOutbox(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> sender, MailSettings settings,
                      Clock clock, TransactionTemplate tx) {
        this.messages = messages;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.tx = tx;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    @Transactional
    public void enqueue(String to, String subject, String body) {
        enqueue(to, subject, body, null);
    }

    /** An email with an iCalendar part (invitation or cancellation) when {@code calendar} is not null. */
    @Transactional
    public void enqueue(String to, String subject, String body, String calendar) {
        if (!settings.enabled()) {
            return;
        }
        messages.save(new OutboxMessage(to, subject, body, calendar, clock.instant()));
    }

    /** Sends what is due; returns how many were sent. Each message commits on its own. */
    public int deliverDue() {
        if (!settings.enabled()) {
            return 0;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            LOG.warn("sightline.mail.enabled is true but no SMTP server is configured (spring.mail.host)");
            return 0;
        }
        List<Long> due = tx.execute(s -> messages
                .findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(clock.instant(), PageRequest.of(0, BATCH))
                .stream().map(OutboxMessage::getId).toList());
        int sent = 0;
        for (Long id : due) {
            Boolean ok = tx.execute(s -> messages.findById(id).filter(m -> m.getSentAt() == null).map(m -> send(mail, m)).orElse(false));
            if (Boolean.TRUE.equals(ok)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender mail, OutboxMessage m) {
        Instant now = clock.instant();
        try {
            MimeMessage mime = mail.createMimeMessage();
            boolean invitation = m.getCalendar() != null;
            MimeMessageHelper helper = new MimeMessageHelper(mime, invitation, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(m.getRecipientEmail());
            helper.setSubject(m.getSubject());
            helper.setText(m.getBody(), false);
            if (invitation) {
                // The method parameter is what makes mail clients offer "add to calendar" or
                // remove the event; it must match the METHOD inside the file.
                String method = ICalendar.method(m.getCalendar());
                helper.addAttachment(method.equals("CANCEL") ? "cancel.ics" : "invite.ics",
                        new jakarta.mail.util.ByteArrayDataSource(m.getCalendar().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "text/calendar; charset=UTF-8; method=" + method));
            }
            mail.send(mime);
            m.sent(now);
            return true;
        } catch (Exception e) {
            Duration retry = retryAfter(m.getAttempts() + 1);
            m.failed(now, rootMessage(e), retry);
            LOG.warn("Email {} to {} not sent (attempt {}), retrying in {}: {}", m.getId(), m.getRecipientEmail(),
                    m.getAttempts(), retry, m.getLastError());
            return false;
        }
    }

    static Duration retryAfter(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
