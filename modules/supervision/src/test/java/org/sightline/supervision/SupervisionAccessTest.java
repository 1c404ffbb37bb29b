package org.sightline.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules the supervision audit page and the service both ask: one answer for who may do what. */
class SupervisionAccessTest {

    static Person person(long id, String name, Role role) {
        Person p = new Person(name, name.toLowerCase().replace(' ', '.') + "@council.example");
        ReflectionTestUtils.setField(p, "id", id);
        p.setRoles(Set.of(role));
        return p;
    }

    final Person auditor = person(1, "Ada Head", Role.HEAD_OF_SERVICE);
    final Person supervisor = person(2, "Sam Manager", Role.TEAM_MANAGER);
    final Person supervisee = person(3, "Pat Worker", Role.PRACTITIONER);
    final Person colleague = person(4, "Cal Worker", Role.PRACTITIONER);

    SupervisionAudit audit() {
        SupervisionAudit a = new SupervisionAudit(auditor, Instant.parse("2026-11-20T10:00:00Z"));
        a.record(new AuditDraft(2L, 3L, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31), true, true, 6, 5, Map.of(), null,
                null, null, false), supervisor, supervisee);
        return a;
    }

    @Test
    void aDraftIsTheAuditorsAlone() {
        SupervisionAudit a = audit();
        assertThat(SupervisionAccess.mayRead(auditor, a, Set.of())).isTrue();
        assertThat(SupervisionAccess.mayRead(supervisor, a, Set.of())).isFalse();
        assertThat(SupervisionAccess.mayEdit(auditor, a)).isTrue();
        assertThat(SupervisionAccess.mayEdit(supervisor, a)).isFalse();
        assertThat(SupervisionAccess.mayRaiseAction(auditor, a)).isFalse();
    }

    @Test
    void onceCompletedTheSupervisorAndSuperviseeReadItAndOnlyTheSupervisorAcknowledges() {
        SupervisionAudit a = audit();
        a.complete(LocalDate.of(2026, 11, 20));
        assertThat(SupervisionAccess.mayRead(supervisor, a, Set.of())).isTrue();
        assertThat(SupervisionAccess.mayRead(supervisee, a, Set.of())).isTrue();
        assertThat(SupervisionAccess.mayRead(colleague, a, Set.of())).isFalse();
        assertThat(SupervisionAccess.mayAcknowledge(supervisor, a)).isTrue();
        assertThat(SupervisionAccess.mayAcknowledge(auditor, a)).isFalse();
        assertThat(SupervisionAccess.mayRaiseAction(auditor, a)).isTrue();
        assertThat(SupervisionAccess.mayRaiseAction(supervisor, a)).isFalse();
    }
}
