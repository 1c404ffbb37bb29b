package org.sightline.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.support.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The rules the complaint page and the services both ask, answered by the complaint itself: is
 * stage 1 still open, which stage may the complainant ask for next, and is this the version stored.
 */
class ComplaintRulesTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);

    static Complaint complaint() {
        Complaint c = new Complaint("C-2026-0001", "portal", Instant.parse("2026-11-02T10:00:00Z"), null);
        c.record(new ComplaintDetails(RECEIVED, Channel.EMAIL, ComplainantType.PARENT, "Dana Price", null, null, null,
                "Not told about the meeting."), null, null);
        return c;
    }

    @Test
    void stage1IsOpenUntilTheResponseIsSentAndThenStage2MayBeAskedFor() {
        Complaint c = complaint();
        assertThat(c.isStage1Open()).isTrue();
        assertThat(c.nextStage()).isEmpty();
        c.requireStage1Open();

        c.responded(RECEIVED.plusDays(14));
        assertThat(c.isStage1Open()).isFalse();
        assertThatThrownBy(c::requireStage1Open).isInstanceOf(ValidationException.class)
                .hasMessage("Stage 1 of this complaint is finished.");
        assertThat(c.nextStage()).hasValue(2);
        assertThat(c.lastResponse()).contains(RECEIVED.plusDays(14));
    }

    @Test
    void aComplaintResolvedEarlyClosesStage1AndCannotBeEscalated() {
        Complaint c = complaint();
        c.earlyResolution(EarlyResolution.RESOLVED, RECEIVED.plusDays(3), "Apology and a new meeting date.");
        assertThat(c.isStage1Open()).isFalse();
        assertThat(c.nextStage()).isEmpty();
    }

    @Test
    void stage3MayBeAskedForOnlyOnceTheStage2ResponseIsSent() {
        Complaint c = complaint();
        c.responded(RECEIVED.plusDays(14));
        Escalation two = c.escalate(2, RECEIVED.plusDays(20), "Independent investigator", null);
        assertThat(c.nextStage()).isEmpty();
        two.respond(RECEIVED.plusDays(60), Outcome.NOT_UPHELD, null);
        assertThat(c.nextStage()).hasValue(3);
        assertThat(c.lastResponse()).contains(RECEIVED.plusDays(60));
    }

    @Test
    void aChangeToAnOlderCopyIsRefused() {
        Complaint c = complaint();
        c.checkVersion(0);
        assertThatThrownBy(() -> c.checkVersion(1)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void mostReadersAreAnsweredWithoutReadingTheWholeStaffList() {
        Complaint c = complaint();
        java.util.function.Supplier<java.util.List<org.sightline.kernel.people.Person>> notToBeRead = () -> {
            throw new AssertionError("read every active person to answer a question that did not need it");
        };
        var qa = new org.sightline.kernel.people.Person("Quinn Officer", "quinn.officer@council.example");
        qa.setRoles(java.util.Set.of(org.sightline.kernel.people.Role.QA_OFFICER));
        var practitioner = new org.sightline.kernel.people.Person("Pat Worker", "pat.worker@council.example");
        practitioner.setRoles(java.util.Set.of(org.sightline.kernel.people.Role.PRACTITIONER));
        assertThat(ComplaintAccess.mayRead(qa, c, notToBeRead)).isTrue();
        assertThat(ComplaintAccess.mayRead(practitioner, c, notToBeRead)).isFalse();
    }
}
