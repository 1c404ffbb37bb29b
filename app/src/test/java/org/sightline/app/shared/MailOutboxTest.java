package org.sightline.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sightline.app.MutableClock;
import org.sightline.kernel.notifications.MailOutbox;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.notifications.OutboxMessage;
import org.sightline.kernel.notifications.OutboxMessageRepository;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Email through a real SMTP server in the JVM (GreenMail), which is down at first. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mail-${random.uuid};DB_CLOSE_DELAY=-1",
        "sightline.demo-data=true",
        "sightline.scheduling.enabled=false",
        "sightline.mail.enabled=true",
        "sightline.mail.from=sightline@sightline-council.example",
        "sightline.mail.portal-url=https://sightline.example"})
@DirtiesContext
class MailOutboxTest {

    static final int PORT = freePort();
    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START, ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PersonRepository people;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxMessageRepository messages;
    @Autowired
    MutableClock clock;

    @Test
    void anEmailSurvivesTheMailServerBeingDownAndIsDeliveredWhenItReturns() throws Exception {
        var practitioner = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow();
        tx.executeWithoutResult(s -> events.publishEvent(NotificationEvent.to(practitioner.getId(),
                "Action overdue: update the plan", "This action was due on 19 Nov 2026.", "actions/7", "actions")));
        assertThat(messages.countBySentAtIsNull()).isEqualTo(1);

        // No SMTP server yet: the attempt fails, is recorded, and the email stays queued.
        assertThat(outbox.deliverDue()).isZero();
        OutboxMessage queued = messages.findAll().getFirst();
        assertThat(queued.getSentAt()).isNull();
        assertThat(queued.getAttempts()).isEqualTo(1);
        assertThat(queued.getLastError()).isNotBlank();
        assertThat(queued.getNextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));

        GreenMail smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            assertThat(outbox.deliverDue()).as("not retried before its time").isZero();
            clock.set(START.plus(Duration.ofMinutes(2)));
            assertThat(outbox.deliverDue()).isEqualTo(1);
            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Action overdue: update the plan");
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("practitioner@sightline-council.example");
            assertThat(received[0].getFrom()[0].toString()).isEqualTo("sightline@sightline-council.example");
            String body = GreenMailUtil.getBody(received[0]);
            assertThat(body).contains("This action was due on 19 Nov 2026.").contains("https://sightline.example/actions/7");
            assertThat(messages.countBySentAtIsNull()).isZero();
            assertThat(outbox.deliverDue()).as("sent once").isZero();
        } finally {
            smtp.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
