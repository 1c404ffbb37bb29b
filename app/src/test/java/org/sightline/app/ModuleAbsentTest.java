package org.sightline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.app.ui.HomeView;
import org.sightline.app.ui.MainLayout;
import org.sightline.kernel.module.ModuleRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs in its own Surefire execution with the workshops jar removed from the classpath
 * (app/pom.xml, execution "without-workshops"): the portal must start and work without it.
 */
@Tag("module-absent")
class ModuleAbsentTest extends AbstractKaribuTest {

    @Autowired
    ModuleRegistry registry;
    @Autowired
    DataSource dataSource;

    @Test
    void portalWorksWithoutTheWorkshopsModule() throws Exception {
        assertThat(Thread.currentThread().getContextClassLoader().getResource("db/changelog/workshops.xml"))
                .as("this test must run without the workshops jar").isNull();
        assertThat(registry.isPresent("workshops")).isFalse();

        signIn("admin");
        navigate("");
        assertThat(currentView()).isEqualTo(HomeView.class);
        var nav = _get(MainLayout.class).navigationModel();
        assertThat(nav.values().stream().flatMap(java.util.List::stream)).doesNotContain("Workshops")
                .contains("Home", "People and teams", "Cases");
        assertThat(nav.get("Feedback and learning")).doesNotContain("Workshops").contains("Learning bulletins");
        assertThat(_get(HomeView.class).panelTitles()).containsExactly("My actions", "My team", "Latest learning bulletin");

        // The overview shows the modules present, without workshops.
        signIn("qa");
        navigate("overview");
        assertThat(_get(org.sightline.app.ui.OverviewView.class).getElement().getTextRecursively())
                .contains("Complaints and compliments").doesNotContain("Learning workshops");

        // The bulletin pulls training from the workshops module when it is there; without it, the bulletin still reads.
        var bulletins = ctx.getBean(org.sightline.complaints.BulletinService.class);
        var latest = bulletins.latest().orElseThrow();
        assertThat(bulletins.upcomingSessions()).isEmpty();
        navigate("bulletins/" + latest.getId());
        assertThat(_get(org.sightline.complaints.ui.BulletinView.class).getElement().getTextRecursively())
                .contains("Resources and training", "Closing reflection").doesNotContain("Workshops coming up");

        assertThat(com.vaadin.flow.router.RouteConfiguration.forApplicationScope().getRoute("workshops")).isEmpty();

        Integer tables = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) like 'ws\\_%' escape '\\'", Integer.class);
        assertThat(tables).isZero();
    }
}
