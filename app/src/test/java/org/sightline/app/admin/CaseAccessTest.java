package org.sightline.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.app.ui.AccessDeniedView;
import org.sightline.kernel.cases.CaseService;
import org.sightline.kernel.cases.CaseSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

class CaseAccessTest extends AbstractKaribuTest {

    @Autowired
    CaseService cases;

    @Test
    void managersSeeChildInitialsOfAnyCase() {
        signIn("manager");
        var page = cases.search(null, null, null, false, PageRequest.of(0, 300));
        assertThat(page.getContent()).hasSize(300).allMatch(c -> c.childInitials().isPresent());
    }

    @Test
    void practitionersSeeInitialsOnlyForTheirOwnTeam() {
        signIn("practitioner");
        var all = cases.search(null, null, null, false, PageRequest.of(0, 300)).getContent();
        assertThat(all).filteredOn(c -> c.teamName().equals("Assessment Team")).isNotEmpty()
                .allMatch(c -> c.childInitials().isPresent());
        assertThat(all).filteredOn(c -> !c.teamName().equals("Assessment Team")).isNotEmpty()
                .allMatch(c -> c.childInitials().isEmpty());
    }

    @Test
    void boardMembersCannotReachCaseDataAtAll() {
        signIn("board");
        assertThatThrownBy(() -> cases.search(null, null, null, false, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        navigate("admin/cases");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void casesViewListsCasesWithACount() {
        signIn("qa");
        navigate("admin/cases");
        CasesView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(CasesView.class);
        assertThat(view.count.getText()).matches("\\d+ cases");
        CaseSummary first = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        assertThat(first.reference()).isNotBlank();
    }
}
