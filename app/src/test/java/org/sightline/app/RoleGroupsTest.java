package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sightline.kernel.themes.LearningThemes;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.GrantedAuthority;

/** A role group is granted at sign-in to whoever holds one of its roles, and views and services let the group in. */
class RoleGroupsTest extends AbstractKaribuTest {

    @Test
    void signingInGrantsTheGroupsOfOnesRoles() {
        assertThat(signIn("qa").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_QA_OFFICER", "ROLE_QA_LEADS", "ROLE_PRACTICE_STAFF", "ROLE_MANAGERS_AND_QA");
        signOut();
        assertThat(signIn("practitioner").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_PRACTICE_STAFF").doesNotContain("ROLE_QA_LEADS", "ROLE_MANAGERS_AND_QA");
        signOut();
        assertThat(signIn("board").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .doesNotContain("ROLE_PRACTICE_STAFF", "ROLE_QA_LEADS", "ROLE_MANAGERS_AND_QA");
    }

    @Test
    void aServiceGuardedByAGroupLetsItsRolesInAndNoOneElse() {
        LearningThemes themes = ctx.getBean(LearningThemes.class);
        signIn("practitioner");
        assertThatThrownBy(() -> themes.add("Neglect and drift")).isInstanceOf(AuthorizationDeniedException.class);
        signOut();
        signIn("psw");
        assertThat(themes.add("Neglect and drift").getName()).isEqualTo("Neglect and drift");
    }
}
