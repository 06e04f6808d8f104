package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.GradingQueue;
import org.vidya.assessment.grading.ItemAnalysis;
import org.vidya.assessment.grading.ResultService;
import org.vidya.assessment.grading.ResultsCsv;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Results with rank and percentile, the grading queue, score overrides and item analysis. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Results and grading")
class GradingRestController {

    private static final Pattern SLOT = Pattern.compile("q[1-9][0-9]{0,4}");

    private final ResultService results;
    private final GradingQueue queue;
    private final ItemAnalysis analysis;

    GradingRestController(ResultService results, GradingQueue queue, ItemAnalysis analysis) {
        this.results = results;
        this.queue = queue;
        this.analysis = analysis;
    }

    /** A fraction of the item's credit (0 to 1), or one rubric level per criterion (criterion id to level id). */
    record TaskScoreBody(@Nullable Double fraction, @Nullable @Size(max = 50) Map<String, @Size(max = 100) String> levels,
            @Nullable @Size(max = GradingQueue.MAX_FEEDBACK) String feedback) {
    }

    /** A teacher's score for one item: a fraction of its credit from -1 to 1, with feedback. */
    record OverrideBody(@Nullable Double fraction, @Nullable @Size(max = GradingQueue.MAX_FEEDBACK) String feedback) {
    }

    /** {@link AttemptResult} with its ids as plain strings. */
    record ResultJson(UUID attempt, UUID quiz, String quizTitle, boolean finalResult, BigDecimal score,
            BigDecimal maxScore, double accuracy, @Nullable BigDecimal passMark, @Nullable Boolean passed,
            AttemptResult.@Nullable Standing standing, List<AttemptResult.SectionResult> sections,
            List<AttemptResult.ConceptResult> concepts, List<AttemptResult.ItemResult> items, boolean itemsHidden,
            Instant startedAt, Instant submittedAt) {

        static ResultJson of(AttemptResult r) {
            return new ResultJson(r.attempt().value(), r.quiz().value(), r.quizTitle(), r.finalResult(), r.score(),
                    r.maxScore(), r.accuracy(), r.passMark(), r.passed(), r.standing(), r.sections(), r.concepts(),
                    r.items(), r.itemsHidden(), r.startedAt(), r.submittedAt());
        }
    }

    record Learner(UUID id, String name) {
    }

    /** One learner of a cohort: their ranked attempt, score, rank and NTA percentile, and section scores. */
    record CohortEntry(UUID attempt, Learner learner, BigDecimal score, BigDecimal maxScore, BigDecimal percentage,
            int rank, String percentile, @JsonProperty("final") boolean finalResult, List<BigDecimal> sections,
            Instant submittedAt) {
    }

    @GetMapping("/attempts/{id}/result")
    @Operation(summary = "An attempt's result: score, sections, concepts, rank and percentile, items when feedback timing allows")
    ResultJson result(@PathVariable UUID id) {
        return results.of(new AttemptId(id)).map(ResultJson::of).orElseThrow(() -> ApiException.notFound(
                "result-not-found", "This attempt has no result yet: it is not submitted."));
    }

    @GetMapping("/schedules/{id}/results")
    @Operation(summary = "A schedule's cohort: each learner's best attempt with rank and NTA percentile (teachers)")
    List<CohortEntry> cohort(@PathVariable UUID id) {
        return results.cohort(new ScheduleId(id)).rows().stream().map(r -> new CohortEntry(r.attempt(),
                new Learner(r.learner(), r.learnerName()), r.score(), r.maxScore(), r.percentage(), r.rank(),
                r.percentile(), r.finalResult(), r.sectionScores(), r.submittedAt())).toList();
    }

    @GetMapping(path = "/schedules/{id}/results.csv")
    @Operation(summary = "The cohort as CSV: name, id, score, max, percentage, rank, percentile, sections, submitted at")
    ResponseEntity<byte[]> cohortCsv(@PathVariable UUID id) {
        ResultService.Cohort cohort = results.cohort(new ScheduleId(id));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("results-" + id + ".csv").build().toString())
                .body(ResultsCsv.write(cohort).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/grading/tasks")
    @Operation(summary = "Items waiting for a person to score, oldest first, for the classes the caller teaches")
    CursorPage<GradingQueue.TaskSummary> tasks(@RequestParam(required = false) @Nullable UUID quiz,
            @RequestParam(required = false) @Nullable UUID schedule,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return queue.pending(quiz == null ? null : new QuizId(quiz), schedule == null ? null : new ScheduleId(schedule),
                cursor, limit);
    }

    @GetMapping("/grading/tasks/{id}")
    @Operation(summary = "A queued item with its prompt, rubric, guidance and the learner's answer")
    GradingQueue.TaskView task(@PathVariable UUID id) {
        return queue.read(id);
    }

    @PutMapping("/grading/tasks/{id}")
    @Operation(summary = "Score a queued item with a fraction or rubric levels, and feedback")
    GradingQueue.TaskView scoreTask(@PathVariable UUID id, @Valid @RequestBody TaskScoreBody body) {
        return queue.score(id, new GradingQueue.TaskScore(body.fraction(), body.levels(), body.feedback()));
    }

    @PutMapping("/attempts/{id}/items/{slot}/score")
    @Operation(summary = "Override the score of any item of a submitted attempt (teachers); the result is recomputed")
    ResultJson override(@PathVariable UUID id, @PathVariable String slot, @Valid @RequestBody OverrideBody body) {
        if (!SLOT.matcher(slot).matches()) {
            throw ApiException.notFound("slot-not-found", "This attempt has no item " + slot.substring(0,
                    Math.min(slot.length(), 20)) + ".");
        }
        queue.override(new AttemptId(id), slot, body.fraction(), body.feedback());
        return results.of(new AttemptId(id)).map(ResultJson::of).orElseThrow();
    }

    @GetMapping("/schedules/{id}/item-analysis")
    @Operation(summary = "Per item: exposures, facility, discrimination and option choice rates (teachers)")
    ItemAnalysis.Report itemAnalysis(@PathVariable UUID id) {
        return analysis.of(new ScheduleId(id));
    }

    @PostMapping("/schedules/{id}/item-analysis/statistics")
    @Operation(summary = "Write the statistics of this schedule's items back to the item bank now")
    ItemAnalysis.Recorded recordStatistics(@PathVariable UUID id) {
        return analysis.recordStatistics(new ScheduleId(id));
    }
}
