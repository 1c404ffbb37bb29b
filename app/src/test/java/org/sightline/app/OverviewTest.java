package org.sightline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.ui.OverviewView;

/** The QA overview gathers every module present; links show only to those who may open them. */
class OverviewTest extends AbstractKaribuTest {

    @Test
    void theQuarterAtAGlanceFromEveryModuleWithLinksOnlyWhereAllowed() {
        signIn("board");
        navigate("overview");
        OverviewView view = _get(OverviewView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Case audits", "Observations of practice", "Supervision audits", "Thematic evaluations",
                "Complaints and compliments", "Learning workshops", "Actions", "Audits completed", "Stage 1 responses on time",
                "Observations in the quarter", "Audits completed in the quarter", "Up to date today", "Reported in 2026/27", "Audits graded good or better, last four quarters");
        List<String> boardLinks = _find(view, RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(boardLinks).contains("Open thematic evaluations", "Open complaints and compliments")
                .doesNotContain("Open case audits", "Open observations of practice", "Open supervision audits", "Open actions");

        signIn("qa");
        navigate("");
        navigate("overview");
        List<String> qaLinks = _find(_get(OverviewView.class), RouterLink.class).stream().map(RouterLink::getText).toList();
        assertThat(qaLinks).contains("Open case audits", "Open observations of practice", "Open supervision audits", "Open actions",
                "Open learning workshops");

        signIn("practitioner");
        navigate("overview");
        assertThat(currentView()).isNotEqualTo(OverviewView.class);
    }
}
