package org.vidya.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.model.KnowledgeModel.Step;

class ReasonMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "_hi", "_km"})
    void everyReasonTheModelGivesHasAMessage(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/mastery" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        LogisticKnowledgeModel model = new LogisticKnowledgeModel(Coefficients.DEFAULT.with(0.5,
                new double[] {0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.5, 0.5, 0.2, -0.2}));
        Step step = new Step(model.newLearner(), model.newConcept(0.6));
        step = model.observe(step.learner(), step.concept(), ItemParams.AVERAGE, 0, 1, 1);
        step = model.observe(step.learner(), step.concept(), ItemParams.AVERAGE, 0, 0, 1);

        assertThat(model.explain(step.learner(), step.concept(), 0)).hasSize(Coefficients.FEATURES + 2)
                .extracting(Explanation.Reason::code)
                .allSatisfy(code -> assertThat(messages.getProperty(code)).as(code).isNotBlank());
    }
}
