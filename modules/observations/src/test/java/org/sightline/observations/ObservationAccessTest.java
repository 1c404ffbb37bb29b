package org.sightline.observations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules the observation page and the service both ask: one answer for who may do what. */
class ObservationAccessTest {

    static Person person(long id, String name, Role role) {
        Person p = new Person(name, name.toLowerCase().replace(' ', '.') + "@council.example");
        ReflectionTestUtils.setField(p, "id", id);
        p.setRoles(Set.of(role));
        return p;
    }

    final Person observer = person(1, "Olu Manager", Role.TEAM_MANAGER);
    final Person practitioner = person(2, "Pat Worker", Role.PRACTITIONER);
    final Person lineManager = person(3, "Lin Manager", Role.TEAM_MANAGER);
    final Person colleague = person(4, "Cal Worker", Role.PRACTITIONER);

    Observation observation() {
        practitioner.setLineManager(lineManager);
        Observation o = new Observation(observer, Instant.parse("2026-11-20T10:00:00Z"));
        o.record(new ObservationDraft(2L, LocalDate.of(2026, 11, 19), null, null, NatureOfPractice.HOME_VISIT, null,
                "Warm, clear", "Record the child's words", null, null, Set.of(), Set.of()), practitioner, null);
        return o;
    }

    @Test
    void aDraftIsTheObserversAlone() {
        Observation o = observation();
        assertThat(ObservationAccess.mayRead(observer, o, Set.of())).isTrue();
        assertThat(ObservationAccess.mayRead(practitioner, o, Set.of())).isFalse();
        assertThat(ObservationAccess.mayRead(lineManager, o, Set.of(2L))).isFalse();
        assertThat(ObservationAccess.mayEdit(observer, o)).isTrue();
        assertThat(ObservationAccess.mayEdit(lineManager, o)).isFalse();
        assertThat(ObservationAccess.mayNoteSupervision(practitioner, o)).isFalse();
        assertThat(ObservationAccess.mayRaiseAction(observer, o)).isFalse();
    }

    @Test
    void onceSharedThePractitionerTheirLineAndTheObserverTakePart() {
        Observation o = observation();
        o.share(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(ObservationAccess.mayRead(practitioner, o, Set.of())).isTrue();
        assertThat(ObservationAccess.mayRead(lineManager, o, Set.of(2L))).isTrue();
        assertThat(ObservationAccess.mayRead(colleague, o, Set.of())).isFalse();
        assertThat(ObservationAccess.mayAcknowledge(practitioner, o)).isTrue();
        assertThat(ObservationAccess.mayAcknowledge(observer, o)).isFalse();
        assertThat(ObservationAccess.mayNoteSupervision(lineManager, o)).isTrue();
        assertThat(ObservationAccess.mayNoteSupervision(colleague, o)).isFalse();
        assertThat(ObservationAccess.mayRaiseAction(lineManager, o)).isTrue();
        assertThat(ObservationAccess.mayRaiseAction(practitioner, o)).isFalse();
    }

    @Test
    void theLineIsWorkedOutOnlyWhenTheAnswerDependsOnIt() {
        Observation o = observation();
        java.util.function.Supplier<Set<Long>> notToBeRead = () -> {
            throw new AssertionError("worked out the line for a question that did not need it");
        };
        assertThat(ObservationAccess.mayRead(observer, o, notToBeRead)).isTrue();
        assertThat(ObservationAccess.mayRead(practitioner, o, notToBeRead)).isFalse();
        o.share(Instant.parse("2026-11-20T11:00:00Z"));
        assertThat(ObservationAccess.mayRead(practitioner, o, notToBeRead)).isTrue();
        assertThat(ObservationAccess.mayRead(lineManager, o, () -> Set.of(2L))).isTrue();
    }
}
