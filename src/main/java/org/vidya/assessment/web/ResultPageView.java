package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.AttemptResult.ItemResult;
import org.vidya.assessment.grading.AttemptResult.SectionResult;
import org.vidya.assessment.spi.Outcome;
import org.vidya.platform.text.Markdown;

/**
 * What the result page shows of an attempt's result: the numbers as people read them, the per-item
 * rows with their feedback as safe HTML, and the same figures the tables hold for the charts.
 */
record ResultPageView(AttemptResult result, String score, String maxScore, long accuracyPercent, long pending,
        List<Row> items, Map<String, Object> charts) {

    /** One question of the attempt, numbered in paper order. */
    record Row(int number, String slot, String section, String type, Outcome outcome, String score, String maxScore,
            long timeSpentSeconds, String timeSpent, @Nullable String feedbackHtml, @Nullable String explanationHtml) {
    }

    static ResultPageView of(AttemptResult result) {
        List<SectionResult> sections = result.sections();
        List<ItemResult> itemResults = result.items();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < itemResults.size(); i++) {
            ItemResult item = itemResults.get(i);
            String section = item.section() >= 0 && item.section() < sections.size()
                    ? sections.get(item.section()).title() : "";
            rows.add(new Row(i + 1, item.slot(), section, item.type(), item.outcome(), number(item.score()),
                    number(item.maxScore()), Math.round(item.timeSpentMillis() / 1000.0),
                    duration(item.timeSpentMillis()), html(item.feedback()), html(item.explanation())));
        }
        long pending = sections.isEmpty()
                ? itemResults.stream().filter(i -> i.outcome() == Outcome.PENDING).count()
                : sections.stream().mapToLong(SectionResult::pending).sum();
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("sections", Map.of(
                "labels", sections.stream().map(SectionResult::title).toList(),
                "values", sections.stream().map(s -> percent(s.score(), s.maxScore())).toList()));
        charts.put("concepts", Map.of(
                "labels", result.concepts().stream().map(AttemptResult.ConceptResult::concept).toList(),
                "values", result.concepts().stream().map(c -> Math.round(c.accuracy() * 100)).toList()));
        charts.put("times", Map.of(
                "labels", rows.stream().map(r -> String.valueOf(r.number())).toList(),
                "values", rows.stream().map(Row::timeSpentSeconds).toList()));
        return new ResultPageView(result, number(result.score()), number(result.maxScore()),
                Math.round(result.accuracy() * 100), pending, List.copyOf(rows), charts);
    }

    /** For the template: marks as people read them. */
    public String marks(@Nullable BigDecimal value) {
        return number(value);
    }

    /** For the template: a fraction from 0 to 1 as a whole percent. */
    public long percentOf(double fraction) {
        return Math.round(fraction * 100);
    }

    /** Percent of the maximum, for a section's bar; 0 when the section carries no marks. */
    static long percent(BigDecimal score, BigDecimal max) {
        if (max.signum() == 0) {
            return 0;
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).longValue();
    }

    /** Marks without trailing zeros: 12, 12.5, -1. */
    static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** 0:45, 3:05, 1:02:03. */
    static String duration(long millis) {
        Duration d = Duration.ofMillis(Math.max(0, millis)).plusMillis(500).truncatedTo(ChronoUnit.SECONDS);
        long h = d.toHours();
        int m = d.toMinutesPart();
        int s = d.toSecondsPart();
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }

    private static @Nullable String html(@Nullable String markdown) {
        return markdown == null || markdown.isBlank() ? null : Markdown.render(markdown);
    }
}
