package org.sightline.app.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class LearningThemesTest extends AbstractKaribuTest {

    @Autowired
    LearningThemes themes;

    @Test
    void theQaTeamKeepsTheSharedListAndDuplicatesAreExplainedBesideTheField() {
        signIn("qa");
        navigate("admin/learning-themes");
        LearningThemesView view = _get(LearningThemesView.class);
        HasValueUtilsKt._setValue(view.name, "  voice of the CHILD ");
        ButtonKt._click(view.add);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("\"Voice of the child\" is already on the list.");
        assertThat(view.name.getValue()).isEqualTo("  voice of the CHILD ");

        HasValueUtilsKt._setValue(view.name, "Neglect and its cumulative harm");
        ButtonKt._click(view.add);
        assertThat(view.name.isInvalid()).isFalse();
        List<LearningTheme> rows = GridKt._findAll(view.grid);
        int row = rows.stream().map(LearningTheme::getName).toList().indexOf("Neglect and its cumulative harm");
        assertThat(row).isNotNegative();
        assertThat(themes.active()).extracting(LearningTheme::getName).contains("Neglect and its cumulative harm");

        ButtonKt._click((Button) GridKt._getCellComponent(view.grid, row, "toggle"));
        assertThat(themes.active()).extracting(LearningTheme::getName).doesNotContain("Neglect and its cumulative harm");
        assertThat(themes.all()).extracting(LearningTheme::getName).contains("Neglect and its cumulative harm");
    }

    @Test
    void practitionersReadTheListButCannotChangeIt() {
        signIn("practitioner");
        assertThat(themes.active()).extracting(LearningTheme::getName).contains("Working with fathers and men");
        assertThatThrownBy(() -> themes.add("Something new")).isInstanceOf(AccessDeniedException.class);
    }
}
