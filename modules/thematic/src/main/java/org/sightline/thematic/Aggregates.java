package org.sightline.thematic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.grades.Grade;

/**
 * Answers added up per question over the submitted case reviews: counts and percentages for
 * grades, yes/no/partly and choices, the average grade (outstanding 4 to inadequate 1), count,
 * average, lowest and highest for numbers, and the free-text answers. A question counts across
 * template versions when its wording and type are the same, so a later version that only added
 * questions does not split the figures.
 */
public final class Aggregates {

    public record Result(String question, QuestionType type, int answered, Map<String, Long> counts, Double average, Integer min,
                         Integer max, List<String> texts) {

        public long percent(String label) {
            return answered == 0 ? 0 : Math.round(100.0 * counts.getOrDefault(label, 0L) / answered);
        }

        /** The figure a comparison shows: % good or better, % yes, the average, or the most common option. */
        public String headline() {
            return switch (type) {
                case GRADE -> answered == 0 ? "No answers" : (percent(Grade.OUTSTANDING.label()) + percent(Grade.GOOD.label()))
                        + "% good or better (average " + String.format(java.util.Locale.UK, "%.1f", average) + ")";
                case YES_NO_PARTLY -> answered == 0 ? "No answers" : percent("Yes") + "% yes, " + percent("Partly") + "% partly";
                case NUMBER -> answered == 0 ? "No answers" : "Average " + String.format(java.util.Locale.UK, "%.1f", average);
                case CHOICE -> counts.entrySet().stream().max(Map.Entry.comparingByValue()).filter(e -> e.getValue() > 0)
                        .map(e -> "Most often: " + e.getKey() + " (" + percent(e.getKey()) + "%)").orElse("No answers");
                case TEXT -> answered + (answered == 1 ? " answer" : " answers");
            };
        }

        public ChartSpec chart() {
            var b = ChartSpec.builder(ChartSpec.ChartType.BAR, question).axes("Answer", "Cases");
            b.series("Cases", "#0b5563");
            counts.forEach((k, v) -> b.value("Cases", k, v));
            return b.build();
        }
    }

    private Aggregates() {
    }

    /** Results in the order of the newest template's questions, then any asked only in older versions. */
    public static List<Result> of(List<Template> versions, List<CaseReview> reviews) {
        Map<String, Question> questions = new LinkedHashMap<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            for (Question q : versions.get(i).getQuestions()) {
                questions.putIfAbsent(key(q), q);
            }
        }
        Map<String, List<String>> answers = new LinkedHashMap<>();
        questions.keySet().forEach(k -> answers.put(k, new ArrayList<>()));
        for (CaseReview r : reviews) {
            if (!r.isSubmitted() || r.getTemplate() == null) {
                continue;
            }
            for (Question q : r.getTemplate().getQuestions()) {
                String a = r.getAnswers().get(q.getId());
                if (a != null && !a.isBlank()) {
                    answers.computeIfAbsent(key(q), k -> new ArrayList<>()).add(a);
                }
            }
        }
        List<Result> out = new ArrayList<>();
        questions.forEach((k, q) -> out.add(result(q, answers.get(k))));
        return out;
    }

    static Result result(Question q, List<String> values) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Double average = null;
        Integer min = null;
        Integer max = null;
        List<String> texts = List.of();
        switch (q.getType()) {
            case GRADE -> {
                for (Grade g : Grade.values()) {
                    counts.put(g.label(), 0L);
                }
                double sum = 0;
                for (String v : values) {
                    Grade g = Grade.valueOf(v);
                    counts.merge(g.label(), 1L, Long::sum);
                    sum += 4 - g.ordinal();
                }
                average = values.isEmpty() ? null : sum / values.size();
            }
            case YES_NO_PARTLY -> {
                counts.put("Yes", 0L);
                counts.put("Partly", 0L);
                counts.put("No", 0L);
                values.forEach(v -> counts.merge(v.charAt(0) + v.substring(1).toLowerCase(), 1L, Long::sum));
            }
            case CHOICE -> {
                q.optionList().forEach(o -> counts.put(o, 0L));
                values.forEach(v -> counts.merge(v, 1L, Long::sum));
            }
            case NUMBER -> {
                List<Integer> numbers = values.stream().map(String::strip).map(Integer::valueOf).toList();
                average = numbers.isEmpty() ? null : numbers.stream().mapToInt(Integer::intValue).average().orElse(0);
                min = numbers.stream().min(Integer::compare).orElse(null);
                max = numbers.stream().max(Integer::compare).orElse(null);
            }
            case TEXT -> texts = List.copyOf(values);
        }
        return new Result(q.getText(), q.getType(), values.size(), counts, average, min, max, texts);
    }

    /** This evaluation's results beside the original's, question by question, where the same question was asked. */
    public record Comparison(String question, String before, String after) {
    }

    public static List<Comparison> compare(List<Result> original, List<Result> followUp) {
        List<Comparison> out = new ArrayList<>();
        for (Result after : followUp) {
            original.stream().filter(b -> b.question().equals(after.question()) && b.type() == after.type()).findFirst()
                    .ifPresent(before -> out.add(new Comparison(after.question(), before.headline(), after.headline())));
        }
        return out;
    }

    private static String key(Question q) {
        return Objects.requireNonNull(q.getType()).name() + "|" + q.getText().strip().toLowerCase(java.util.Locale.UK);
    }
}
