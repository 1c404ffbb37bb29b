package org.sightline.kernel.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartsTest {

    private final ChartSpec grades = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Overall grades by team")
            .axes("Team", "Audits")
            .series("Good", "#2e6b30").series("Inadequate", "#9c2f4b")
            .value("Good", "North", 4).value("Inadequate", "North", 1)
            .value("Good", "South", 2)
            .build();

    @Test
    void svgHasWholeNumberSizeAndTheSeriesColours() {
        String svg = Charts.svg(grades, 640, 320, false);
        assertThat(svg).startsWith("<svg").contains("width='640'").contains("height='320'");
        assertThat(svg.toLowerCase()).contains("rgb(46,107,48)").contains("rgb(156,47,75)");
        assertThat(svg).contains("Overall grades by team");
    }

    @Test
    void labelsCanBeDrawnAsOutlinesForPdfs() {
        assertThat(Charts.svg(grades, 640, 320, true)).doesNotContain(">Overall grades by team<");
    }

    @Test
    void textAlternativeNamesTheChartAndItsTotals() {
        assertThat(grades.textAlternative())
                .isEqualTo("Stacked bar chart: Overall grades by team. Audits by team, in 2 series (Good, Inadequate). Totals: North 5, South 2.");
        assertThat(grades.categories()).containsExactly("North", "South");
    }

    @Test
    void lineTextAlternativeDescribesTheTrend() {
        ChartSpec trend = ChartSpec.builder(ChartSpec.ChartType.LINE, "Supervision on time")
                .axes("Month", "Per cent")
                .value("On time", "Jul 2026", 71).value("On time", "Aug 2026", 78.5).value("On time", "Sep 2026", 84)
                .build();
        assertThat(trend.textAlternative())
                .isEqualTo("Line chart: Supervision on time. Per cent by month. On time from 71 in Jul 2026 to 84 in Sep 2026.");
    }

    @Test
    void emptyChartSaysSo() {
        ChartSpec empty = ChartSpec.builder(ChartSpec.ChartType.BAR, "Complaints").series("Stage 1", null).build();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.textAlternative()).isEqualTo("Complaints: no data for this period.");
    }

    @Test
    void sideBySideSeriesAreNeverSummed() {
        ChartSpec scores = ChartSpec.builder(ChartSpec.ChartType.BAR, "Feedback scores").axes("Workshop", "Average (1 to 5)")
                .series("Useful", "#0b5563").series("Will change practice", "#2e6b30")
                .value("Useful", "Curiosity", 4.5).value("Will change practice", "Curiosity", 4.2).build();
        assertThat(scores.hasTotals()).isFalse();
        assertThat(scores.textAlternative()).contains("Curiosity: Useful 4.5, Will change practice 4.2").doesNotContain("Totals").doesNotContain("8.7");
        assertThat(grades.hasTotals()).isTrue();
    }

    @Test
    void aScoreOutOfFiveIsDrawnAgainstFive() {
        ChartSpec scores = ChartSpec.builder(ChartSpec.ChartType.BAR, "Scores").axes("Workshop", "Average")
                .value("Useful", "Curiosity", 3.9).scale(5).build();
        String svg = Charts.svg(scores, 720, 320, false);
        assertThat(svg).contains(">5<");
        String fitted = Charts.svg(ChartSpec.builder(ChartSpec.ChartType.BAR, "Scores").axes("Workshop", "Average")
                .value("Useful", "Curiosity", 3.9).build(), 720, 320, false);
        assertThat(fitted).doesNotContain(">5<");
    }
}
