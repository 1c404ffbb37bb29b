package org.sightline.audits.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** A submitted audit shows what was written, and no empty "Working well:" or "Worried about:" labels. */
class ReadOnlyAssessmentTest {

    @Test
    void aFieldLeftEmptyIsLeftOut() {
        Div row = new Div();
        ReadOnlyAssessment.addIfWritten(row, "Working well", "");
        ReadOnlyAssessment.addIfWritten(row, "Worried about", "   ");
        ReadOnlyAssessment.addIfWritten(row, "Evidence", null);
        assertThat(row.getChildren()).isEmpty();
        ReadOnlyAssessment.addIfWritten(row, "Working well", "The plan was reviewed with the family.");
        assertThat(row.getElement().getTextRecursively()).isEqualTo("Working well: The plan was reviewed with the family.");
    }
}
