package org.sightline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sightline.app.ui.NavigationMenu;
import org.sightline.kernel.module.ModuleRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The example module that modules/README.md tells a newcomer to copy, plugged into the portal
 * as a new module would be: in its own Surefire execution with the example jar added to the
 * classpath (app/pom.xml, execution "with-example"), beside {@code ArchitectureTest}, which then
 * checks the example's classes too. The test names no example class: the shell never does.
 */
@Tag("example-module")
class ExampleModuleTest extends AbstractKaribuTest {

    @Autowired
    ModuleRegistry registry;
    @Autowired
    DataSource dataSource;

    private java.util.List<String> menuTitles() {
        return ctx.getBean(NavigationMenu.class).forCurrentUser().values().stream().flatMap(java.util.List::stream)
                .map(org.sightline.kernel.module.NavEntry::title).toList();
    }

    @Test
    void theExampleModulePlugsInWithItsLinkPageRulesAndTable() {
        assertThat(registry.isPresent("example")).as("this test must run with the example jar").isTrue();
        Integer tables = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = 'ex_note'", Integer.class);
        assertThat(tables).isOne();
        // ArchitectureTest, in the same run, checks these classes with the portal's own.
        assertThat(new com.tngtech.archunit.core.importer.ClassFileImporter().importPackages("org.sightline")
                .contain("org.sightline.example.ui.NotesView")).isTrue();

        // The link is shown to those the view lets in, and to no one else.
        signIn("board");
        assertThat(menuTitles()).doesNotContain("Team notes").contains("Board packs");
        signIn("practitioner");
        assertThat(menuTitles()).contains("Team notes", "Actions");

        // The form: the service's message beside the field, the column's limit on the field, text kept exactly as typed.
        navigate("example");
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title"));
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Note"));
        Button save = _get(Button.class, spec -> spec.withText("Save the note"));
        assertThat(title.getMaxLength()).isEqualTo(200);
        HasValueUtilsKt._setValue(text, "Rota for the duty week is on the shared drive.");
        ButtonKt._click(save);
        assertThat(title.getErrorMessage()).isEqualTo("Give the note a title.");
        assertThat(text.getValue()).isEqualTo("Rota for the duty week is on the shared drive.");
        HasValueUtilsKt._setValue(title, "Duty <b>rota</b>");
        ButtonKt._click(save);
        assertThat(title.isInvalid()).isFalse();
        assertThat(title.getValue()).isEmpty();
        assertThat(_get(UnorderedList.class).getElement().getTextRecursively())
                .contains("Duty <b>rota</b> — ").contains("Rota for the duty week is on the shared drive.");
    }
}
