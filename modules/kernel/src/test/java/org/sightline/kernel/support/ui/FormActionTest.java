package org.sightline.kernel.support.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.support.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The one way pages run a step: errors beside fields, focus on the first on the page, one message for a concurrent edit. */
class FormActionTest {

    /** Fields that remember being focused (the browser call itself is not visible here). */
    static final class Title extends TextField {
        boolean focused;

        Title() {
            super("Title");
        }

        @Override
        public void focus() {
            focused = true;
        }
    }

    static final class Details extends TextArea {
        boolean focused;

        Details() {
            super("Details");
        }

        @Override
        public void focus() {
            focused = true;
        }
    }

    /** The page's message line, remembering being scrolled to. */
    static final class MessageLine extends Paragraph {
        boolean scrolledTo;

        @Override
        public void scrollIntoView(com.vaadin.flow.component.ScrollIntoViewOption... options) {
            scrolledTo = true;
        }
    }

    final Title title = new Title();
    final Details details = new Details();
    final MessageLine message = new MessageLine();
    Map<String, com.vaadin.flow.component.HasValidation> fields;

    @BeforeEach
    void page() {
        MockVaadin.setup();
        // The map is in the opposite order to the page, as a HashMap may well be.
        fields = new LinkedHashMap<>();
        fields.put("details", details);
        fields.put("title", title);
        UI.getCurrent().add(new Div(new Div(title), details), message);
        title.setValue("Late reply to a parent");
        details.setValue("Typed at length,\nand not to be lost.");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void everyMessageIsShownBesideItsFieldOrInTheMessageLineAndTheFirstFieldOnThePageHasFocus() {
        Optional<String> result = FormAction.of("complaint", fields, message).get(() -> {
            throw errors("details", "Say what happened.", "title", "Keep the title under 120 characters.",
                    "", "The complaint is closed.", "category", "Pick a category.");
        });
        assertThat(result).isEmpty();
        assertThat(details.isInvalid()).isTrue();
        assertThat(details.getErrorMessage()).isEqualTo("Say what happened.");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Keep the title under 120 characters.");
        assertThat(message.getText()).isEqualTo("The complaint is closed. Pick a category.");
        assertThat(title.focused).as("the first field on the page").isTrue();
        assertThat(details.focused).isFalse();
        assertThat(details.getValue()).isEqualTo("Typed at length,\nand not to be lost.");
    }

    @Test
    void aQuestionAnsweredWithSeveralFieldsShowsItsMessageOnItsLineAndTakesTheUserToItsFirstField() {
        com.vaadin.flow.component.checkbox.Checkbox file = new com.vaadin.flow.component.checkbox.Checkbox("The personal file") {
            @Override
            public void focus() {
                getElement().setProperty("focusedForTest", true);
            }
        };
        GroupError sources = new GroupError(file);
        UI.getCurrent().addComponentAsFirst(new Div(file, sources));
        fields.put("sources", sources);
        FormAction.of("audit", fields, message).run(() -> {
            throw errors("sources", "Say what you looked at.", "title", "Give it a title.");
        });
        assertThat(sources.getText()).isEqualTo("Say what you looked at.");
        assertThat(sources.isInvalid()).isTrue();
        assertThat(file.getElement().getProperty("focusedForTest", false)).as("the group is first on the page").isTrue();
        assertThat(title.focused).isFalse();

        FormAction.of("audit", fields, message).run(() -> { });
        assertThat(sources.getText()).isEmpty();
        assertThat(sources.isInvalid()).isFalse();
    }

    @Test
    void aConcurrentEditIsSaidInTheSameWordsAndKeepsWhatWasTyped() {
        Optional<Object> result = FormAction.of("complaint", fields, message).get(() -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
        });
        assertThat(result).isEmpty();
        assertThat(message.getText()).isEqualTo(FormAction.changedMeanwhile("complaint"))
                .startsWith("Someone else has just changed this complaint, so your change was not saved.");
        assertThat(title.getValue()).isEqualTo("Late reply to a parent");
        assertThat(details.getValue()).isEqualTo("Typed at length,\nand not to be lost.");
        assertThat(message.scrolledTo).as("the message is brought to a user whose button is far below it").isTrue();
    }

    @Test
    void aMessageNoFieldOwnsIsBroughtIntoViewWhenNoFieldTakesFocus() {
        FormAction.of("complaint", fields, message).get(() -> {
            throw errors("", "Stage 1 of this complaint is finished.");
        });
        assertThat(message.getText()).isEqualTo("Stage 1 of this complaint is finished.");
        assertThat(message.scrolledTo).isTrue();
        assertThat(title.focused || details.focused).isFalse();
    }

    @Test
    void aListPageRefreshesItselfOnAConcurrentEdit() {
        int[] refreshed = {0};
        boolean ok = FormAction.of("list", Map.of(), message).refreshingOnConflict(() -> refreshed[0]++).run(() -> {
            throw new ObjectOptimisticLockingFailureException(Object.class, 7L);
        });
        assertThat(ok).isFalse();
        assertThat(refreshed[0]).isEqualTo(1);
        assertThat(message.getText()).endsWith("The page now shows their change.");
    }

    @Test
    void aStepThatSucceedsClearsTheLastAttemptsErrors() {
        FormAction action = FormAction.of("complaint", fields, message);
        action.get(() -> {
            throw errors("title", "Give it a title.", "", "Not yet.");
        });
        assertThat(action.get(() -> "saved")).contains("saved");
        assertThat(title.isInvalid()).isFalse();
        assertThat(message.getText()).isEmpty();
    }

    private static ValidationException errors(String... pairs) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            errors.put(pairs[i], pairs[i + 1]);
        }
        return new ValidationException(errors);
    }
}
