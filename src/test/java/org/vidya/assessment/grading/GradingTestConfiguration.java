package org.vidya.assessment.grading;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.vidya.assessment.spi.ItemType;

/**
 * What grading's integration tests add to the application: attempts kept in memory (taking the
 * place of the attempts part's ledger), and a choice and an essay item type under test ids.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GradingTestConfiguration {

    public static final String CHOICE = "test-choice";
    public static final String ESSAY = "test-essay";

    @Bean
    @Primary
    InMemoryAttemptLedger inMemoryAttemptLedger() {
        return new InMemoryAttemptLedger();
    }

    @Bean
    ItemType testChoiceItemType() {
        return new SimpleItemTypes.Choice(CHOICE);
    }

    @Bean
    ItemType testEssayItemType() {
        return new SimpleItemTypes.Essay(ESSAY);
    }
}
