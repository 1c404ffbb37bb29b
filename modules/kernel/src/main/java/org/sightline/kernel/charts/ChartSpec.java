package org.sightline.kernel.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a chart shows, independent of where it is drawn. The same spec is drawn on screen
 * ({@code ChartView}) and in PDFs ({@code PdfDocument#chart}), and the same spec produces the
 * text alternative and the data table that screen-reader users get instead of the picture.
 *
 * @param type     bar, stacked bar (grade distributions) or line (trends)
 * @param title    short title, also the start of the text alternative
 * @param categoryLabel what the categories are, e.g. "Team" or "Month"
 * @param valueLabel    what the numbers are, e.g. "Audits"
 * @param series   series name to (category to value), both in display order
 * @param colours  optional series name to CSS hex colour (grades have fixed colours)
 * @param scaleMax the top of the value axis for a fixed scale (5 for a 1-to-5 score), or null to fit the data
 */
public record ChartSpec(ChartType type, String title, String categoryLabel, String valueLabel,
                        Map<String, Map<String, Number>> series, Map<String, String> colours, Double scaleMax) {

    public enum ChartType { BAR, STACKED_BAR, LINE }

    public ChartSpec {
        Objects.requireNonNull(type);
        Objects.requireNonNull(title);
        series = copy(series);
        colours = colours == null ? Map.of() : Map.copyOf(colours);
    }

    private static Map<String, Map<String, Number>> copy(Map<String, Map<String, Number>> in) {
        Map<String, Map<String, Number>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(out);
    }

    public static Builder builder(ChartType type, String title) {
        return new Builder(type, title);
    }

    /** Categories in first-seen order across all series. */
    public List<String> categories() {
        Set<String> all = new LinkedHashSet<>();
        series.values().forEach(m -> all.addAll(m.keySet()));
        return new ArrayList<>(all);
    }

    public boolean isEmpty() {
        return series.values().stream().allMatch(Map::isEmpty);
    }

    public Number value(String seriesName, String category) {
        Map<String, Number> s = series.get(seriesName);
        return s == null ? null : s.get(category);
    }

    /**
     * A sentence or two that says what the chart shows, for {@code alt} and {@code aria-label}.
     * The full figures are in the data table; this names the chart and its largest values.
     */
    public String textAlternative() {
        if (isEmpty()) {
            return title + ": no data for this period.";
        }
        String kind = switch (type) {
            case BAR -> "Bar chart";
            case STACKED_BAR -> "Stacked bar chart";
            case LINE -> "Line chart";
        };
        StringBuilder sb = new StringBuilder(kind).append(": ").append(title).append(". ");
        sb.append(nonBlank(valueLabel, "Values")).append(" by ").append(nonBlank(categoryLabel, "category").toLowerCase());
        if (series.size() > 1) {
            sb.append(", in ").append(series.size()).append(" series (")
                    .append(String.join(", ", series.keySet())).append(")");
        }
        sb.append(". ");
        if (type == ChartType.LINE) {
            List<String> cats = categories();
            for (var e : series.entrySet()) {
                Number first = e.getValue().get(cats.getFirst());
                Number last = e.getValue().get(cats.getLast());
                sb.append(e.getKey()).append(" from ").append(format(first)).append(" in ").append(cats.getFirst())
                        .append(" to ").append(format(last)).append(" in ").append(cats.getLast()).append(". ");
            }
        } else if (series.size() > 1 && !hasTotals()) {
            // Side-by-side series (two averages, complaints beside compliments) are not parts of a whole.
            String parts = categories().stream()
                    .map(c -> c + ": " + series.entrySet().stream().map(e -> e.getKey() + " " + format(e.getValue().get(c)))
                            .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; "));
            sb.append(parts).append(".");
        } else {
            List<String> cats = categories();
            String parts = cats.stream()
                    .map(c -> c + " " + format(total(c)))
                    .collect(Collectors.joining(", "));
            sb.append(series.size() > 1 ? "Totals: " : "").append(parts).append(".");
        }
        return sb.toString().trim();
    }

    /**
     * Whether a total across the series means something: only when they are parts of one whole,
     * drawn stacked (the grades of a team's audits). Side-by-side bars and lines are not summed.
     */
    public boolean hasTotals() {
        return type == ChartType.STACKED_BAR && series.size() > 1;
    }

    public double total(String category) {
        return series.values().stream().map(m -> m.get(category)).filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue).sum();
    }

    /** A figure as shown in text alternatives and figures tables: whole numbers plainly, others to one place. */
    public static String format(Number n) {
        if (n == null) {
            return "none";
        }
        double d = n.doubleValue();
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(java.util.Locale.UK, "%.1f", d);
    }

    private static String nonBlank(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    public static final class Builder {
        private final ChartType type;
        private final String title;
        private String categoryLabel = "";
        private String valueLabel = "";
        private final Map<String, Map<String, Number>> series = new LinkedHashMap<>();
        private final Map<String, String> colours = new LinkedHashMap<>();
        private Double scaleMax;

        private Builder(ChartType type, String title) {
            this.type = type;
            this.title = title;
        }

        public Builder axes(String categoryLabel, String valueLabel) {
            this.categoryLabel = categoryLabel;
            this.valueLabel = valueLabel;
            return this;
        }

        public Builder value(String seriesName, String category, Number value) {
            series.computeIfAbsent(seriesName, k -> new LinkedHashMap<>()).put(category, value);
            return this;
        }

        /** Declares a series up front so its order and colour are fixed even if it has no values. */
        public Builder series(String seriesName, String colour) {
            series.computeIfAbsent(seriesName, k -> new LinkedHashMap<>());
            if (colour != null) {
                colours.put(seriesName, colour);
            }
            return this;
        }

        /** A fixed scale from 0 to {@code max}: a score out of 5 is drawn against 5, whatever the highest score. */
        public Builder scale(double max) {
            this.scaleMax = max;
            return this;
        }

        public ChartSpec build() {
            return new ChartSpec(type, title, categoryLabel, valueLabel, series, colours, scaleMax);
        }
    }
}
