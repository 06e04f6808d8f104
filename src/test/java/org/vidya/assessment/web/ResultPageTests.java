package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.AttemptResult.ConceptResult;
import org.vidya.assessment.grading.AttemptResult.ItemResult;
import org.vidya.assessment.grading.AttemptResult.SectionResult;
import org.vidya.assessment.grading.AttemptResult.Standing;
import org.vidya.assessment.grading.ResultService;
import org.vidya.assessment.quiz.AttemptService;
import org.vidya.assessment.spi.Outcome;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The result page shows what grading reports, in figures and tables that carry the charts' data:
 * score, accuracy, pass mark, rank and percentile (live or final), sections, concepts, each
 * question's outcome and time, feedback as safe HTML, and what still waits for a teacher.
 */
@PageTest
class ResultPageTests {

    static final AttemptId ATTEMPT = AttemptId.random();

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @MockitoBean ResultService results;
    @MockitoBean AttemptService attempts;

    Person learner;

    @BeforeEach
    void learner() {
        learner = data.member(data.tenant(), Role.LEARNER);
    }

    static AttemptResult result(boolean finalResult, boolean live, boolean itemsHidden) {
        List<ItemResult> items = itemsHidden ? List.of() : List.of(
                new ItemResult("q1", 0, "single-choice", Outcome.CORRECT, new BigDecimal("4"), new BigDecimal("4"),
                        65_000, "**Yes.** <script>alert(1)</script>", "Neon is a noble gas."),
                new ItemResult("q2", 0, "numeric", Outcome.INCORRECT, new BigDecimal("-1"), new BigDecimal("4"),
                        30_000, null, null),
                new ItemResult("q3", 1, "essay", finalResult ? Outcome.PARTIAL : Outcome.PENDING,
                        finalResult ? new BigDecimal("2.50") : BigDecimal.ZERO, new BigDecimal("5"), 600_000, null, null));
        return new AttemptResult(ATTEMPT, QuizId.random(), "Weekly physics", finalResult, new BigDecimal("5.50"),
                new BigDecimal("13"), 0.625, new BigDecimal("6"), false,
                new Standing(3, 40, "95.0000000", live),
                List.of(new SectionResult("Mechanics", new BigDecimal("3"), new BigDecimal("8"), 1, 0, 1, 0, 0, null),
                        new SectionResult("Writing", new BigDecimal("2.5"), new BigDecimal("5"), 0, finalResult ? 1 : 0,
                                0, 0, finalResult ? 0 : 1, null)),
                List.of(new ConceptResult("physics.kinematics", new BigDecimal("3"), new BigDecimal("8"), 0.5, 2)),
                items, itemsHidden, Instant.parse("2026-03-12T10:00:00Z"), Instant.parse("2026-03-12T10:40:00Z"));
    }

    Document page() throws Exception {
        return html(mvc.perform(get("/attempts/" + ATTEMPT + "/result").with(as(learner)))
                .andExpect(status().isOk()).andReturn());
    }

    @Test
    void showsScoreAccuracyPassMarkAndStanding() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(true, false, false)));
        Document page = page();
        assertThat(page.select("[data-testid=result-score]").text()).isEqualTo("5.5 / 13");
        assertThat(page.select("[data-testid=result-accuracy]").text()).isEqualTo("63%");
        assertThat(page.select("[data-testid=result-pass]").text()).contains("Not passed").contains("Pass mark 6");
        assertThat(page.select("[data-testid=result-standing]").text()).contains("Rank 3 of 40");
        assertThat(page.select("[data-testid=result-percentile]").text()).isEqualTo("Percentile 95.0000000");
        assertThat(page.select("[data-testid=result-standing-kind]").text()).isEqualTo("Final");
        assertThat(page.select("[data-testid=result-pending]")).isEmpty();
    }

    @Test
    void labelsAStandingLiveWhileTheWindowIsOpen() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(true, true, false)));
        assertThat(page().select("[data-testid=result-standing-kind]").text()).isEqualTo("Live");
    }

    @Test
    void tablesCarryTheChartsFigures() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(true, false, false)));
        Document page = page();
        assertThat(page.select("[data-testid=result-section-row]")).hasSize(2);
        assertThat(page.select("[data-testid=result-section-row]").first().text()).startsWith("Mechanics 3 / 8 1 0 1 0 0");
        assertThat(page.select("[data-testid=result-concept-row]").text()).isEqualTo("physics.kinematics 2 3 / 8 50%");
        assertThat(page.select("canvas[data-chart]")).extracting(e -> e.attr("data-chart"))
                .containsExactly("sections", "concepts", "times");
        String charts = page.select("script#result-charts").first().data();
        assertThat(charts).contains("\"Mechanics\"").contains("[38,50]").contains("[65,30,600]");
        assertThat(page.select("script[src*=chart.umd]")).hasSize(1);
    }

    @Test
    void listsEachQuestionWithOutcomeTimeAndSafeFeedback() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(true, false, false)));
        Document page = page();
        var rows = page.select("[data-testid=result-item-row]");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).text()).startsWith("1 Mechanics Right 4 / 4 1:05");
        assertThat(rows.get(0).select(".item-feedback strong").text()).isEqualTo("Yes.");
        assertThat(rows.get(0).select("script")).isEmpty();
        assertThat(rows.get(0).select(".item-explanation").text()).contains("Neon is a noble gas.");
        assertThat(rows.get(1).text()).contains("Wrong").contains("-1 / 4");
        assertThat(rows.get(2).text()).startsWith("3 Writing Partly right 2.5 / 5 10:00");
    }

    @Test
    void saysHowManyAnswersWaitForATeacher() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(false, true, false)));
        Document page = page();
        assertThat(page.select("[data-testid=result-pending]").text())
                .isEqualTo("Waiting for a teacher to grade 1 answer. The score may still change.");
        assertThat(page.select("[data-testid=result-item-row]").get(2).text()).contains("Waiting for a teacher");
    }

    @Test
    void hidesPerItemDetailWhenTheFeedbackTimingSaysSo() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(true, true, true)));
        Document page = page();
        assertThat(page.select("[data-testid=result-items-hidden]")).hasSize(1);
        assertThat(page.select("[data-testid=result-item-row]")).isEmpty();
        assertThat(page.select("[data-testid=result-score]").text()).isEqualTo("5.5 / 13");
    }

    @Test
    void anAttemptNotYetSubmittedGoesBackToTheTest() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.empty());
        mvc.perform(get("/attempts/" + ATTEMPT + "/result").with(as(learner)))
                .andExpect(redirectedUrl("/attempts/" + ATTEMPT));
    }

    @Test
    void anAttemptTheReaderMayNotSeeIsNotFound() throws Exception {
        given(results.of(any())).willThrow(ApiException.notFound("attempt-not-found", "No such attempt."));
        mvc.perform(get("/attempts/" + UUID.randomUUID() + "/result").with(as(learner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void readsInHindiAndKhmer() throws Exception {
        given(results.of(ATTEMPT)).willReturn(Optional.of(result(true, false, false)));
        for (String lang : List.of("hi", "km")) {
            Document page = html(mvc.perform(get("/attempts/" + ATTEMPT + "/result").param("lang", lang)
                    .with(as(learner))).andExpect(status().isOk()).andReturn());
            assertThat(page.select("html").attr("lang")).isEqualTo(lang);
            assertThat(page.select("h1").text()).doesNotContain("Result").contains("Weekly physics");
        }
    }
}
