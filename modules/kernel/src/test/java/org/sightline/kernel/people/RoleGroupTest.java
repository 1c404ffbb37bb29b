package org.sightline.kernel.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleGroupTest {

    @Test
    void aGroupIsNeverMistakenForARole() {
        assertThat(Arrays.stream(RoleGroup.values()).map(Enum::name))
                .doesNotContainAnyElementsOf(Arrays.stream(Role.values()).map(Enum::name).toList());
        assertThat(List.of(RoleGroup.PRACTICE_STAFF_, RoleGroup.MANAGERS_, RoleGroup.MANAGERS_AND_QA_, RoleGroup.QA_LEADS_))
                .containsExactly(RoleGroup.PRACTICE_STAFF.name(), RoleGroup.MANAGERS.name(), RoleGroup.MANAGERS_AND_QA.name(),
                        RoleGroup.QA_LEADS.name());
    }

    @Test
    void someoneBelongsToEveryGroupOneOfTheirRolesIsIn() {
        assertThat(RoleGroup.of(List.of(Role.PRACTITIONER))).containsExactly(RoleGroup.PRACTICE_STAFF);
        assertThat(RoleGroup.of(List.of(Role.QA_OFFICER))).containsExactlyInAnyOrder(RoleGroup.PRACTICE_STAFF, RoleGroup.MANAGERS_AND_QA,
                RoleGroup.QA_LEADS);
        assertThat(RoleGroup.of(List.of(Role.PRINCIPAL_SOCIAL_WORKER))).containsExactlyInAnyOrder(RoleGroup.values());
        assertThat(RoleGroup.of(List.of(Role.BOARD_MEMBER))).isEmpty();
        assertThat(RoleGroup.of(List.of(Role.COMPLAINTS_OFFICER))).isEmpty();
        assertThat(RoleGroup.of(List.of(Role.TEAM_MANAGER))).containsExactlyInAnyOrder(RoleGroup.PRACTICE_STAFF, RoleGroup.MANAGERS,
                RoleGroup.MANAGERS_AND_QA);
    }

    @Test
    void anAccessListWithGroupsReadsAsItsRoles() {
        assertThat(RoleGroup.expand(RoleGroup.QA_LEADS_, Role.COMPLAINTS_OFFICER_))
                .containsExactlyInAnyOrder("QA_OFFICER", "PRINCIPAL_SOCIAL_WORKER", "ADMINISTRATOR", "COMPLAINTS_OFFICER");
    }
}
