package org.sightline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sightline.app.ui.HomeView;
import org.sightline.app.ui.MainLayout;
import org.sightline.kernel.module.ModuleRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same checks as {@link ModuleAbsentTest}, the other way round: with the workshops jar on
 * the classpath its navigation, panel, route and tables are all there. Together the two show
 * that the module, and nothing else, makes the difference.
 */
class ModulePresenceTest extends AbstractKaribuTest {

    @Autowired
    ModuleRegistry registry;
    @Autowired
    DataSource dataSource;

    @Test
    void workshopsModuleContributesNavigationPanelRouteAndTables() {
        assertThat(registry.isPresent("workshops")).isTrue();
        signIn("admin");
        navigate("");
        assertThat(_get(MainLayout.class).navigationModel().get("Feedback and learning")).contains("Workshops");
        assertThat(_get(HomeView.class).panelTitles()).contains("My workshop bookings", "Workshops with places this month");
        navigate("workshops");
        assertThat(currentView().getSimpleName()).isEqualTo("WorkshopsView");
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = 'ws_session'", Integer.class)).isEqualTo(1);
    }
}
