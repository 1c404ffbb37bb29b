package org.sightline.kernel.charts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sightline.kernel.charts.ChartSpec;

/** The figures table under a chart on screen has a Total column only where the series are parts of one whole. */
class ChartViewTest {

    @Test
    void aTotalColumnOnlyForPartsOfAWhole() {
        ChartSpec scores = ChartSpec.builder(ChartSpec.ChartType.BAR, "Feedback scores").axes("Workshop", "Average (1 to 5)")
                .series("Useful", "#0b5563").series("Will change practice", "#2e6b30")
                .value("Useful", "Curiosity", 4.5).value("Will change practice", "Curiosity", 4.2).build();
        assertThat(ChartView.table(scores).toString()).doesNotContain("Total").doesNotContain("8.7");
        ChartSpec grades = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Grades").axes("Team", "Audits")
                .series("Good", "#0b5563").series("Inadequate", "#9b1c1c")
                .value("Good", "North", 3).value("Inadequate", "North", 2).build();
        assertThat(ChartView.table(grades).toString()).contains("Total").contains(">5<");
    }

    @Test
    void aChartWithNothingToShowSaysSoInsteadOfDrawingEmptyAxes() {
        ChartView view = new ChartView(ChartSpec.builder(ChartSpec.ChartType.BAR, "Open actions by team").axes("Team", "Actions")
                .series("Open", null).build());
        assertThat(view.getContent().getChildren().filter(c -> c.isVisible()).map(c -> c.getElement().getText()).toList())
                .containsExactly("Open actions by team: no data for this period.");
    }
}
