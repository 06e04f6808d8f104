package org.vidya.assessment.grading;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A cohort as CSV for spreadsheets: learner name and id, score, max, percentage, rank, percentile,
 * each section's score, and when the attempt was submitted. Text a person typed (names, section
 * titles) that a spreadsheet would read as a formula gets a leading quote; numbers we write
 * ourselves (a negative score) stay numbers.
 */
public final class ResultsCsv {

    private ResultsCsv() {
    }

    public static String write(ResultService.Cohort cohort) {
        List<String> header = new ArrayList<>(List.of("learner", "learner_id", "score", "max_score", "percentage",
                "rank", "percentile"));
        cohort.sections().forEach(title -> header.add(safe("section: " + title)));
        header.add("submitted_at");
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            for (ResultService.CohortRow row : cohort.rows()) {
                List<String> cells = new ArrayList<>(List.of(safe(row.learnerName()), row.learner().toString(),
                        plain(row.score()), plain(row.maxScore()), plain(row.percentage()),
                        Integer.toString(row.rank()), row.percentile()));
                for (int i = 0; i < cohort.sections().size(); i++) {
                    cells.add(i < row.sectionScores().size() ? plain(row.sectionScores().get(i)) : "");
                }
                cells.add(row.submittedAt().toString());
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage return) gets a quote first. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
