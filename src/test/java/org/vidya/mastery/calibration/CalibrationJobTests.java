package org.vidya.mastery.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.ApiTest;
import org.vidya.support.AtOnce;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.json.JsonMapper;

/** The calibration job: one node at a time, and estimates written to the owner's items. */
@ApiTest
class CalibrationJobTests {

    @Autowired CalibrationJob job;
    @Autowired ItemPool pool;
    @Autowired ItemBankImports imports;
    @Autowired ItemBankService banks;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void oneNodeAtATimeTakesTheLockForAnInterval() throws Exception {
        jdbc.update("update mastery_job_lock set locked_until = ? where name = ?",
                Timestamp.from(Instant.EPOCH), CalibrationJob.LOCK);
        List<Boolean> taken;
        try (AtOnce both = new AtOnce(2)) {
            taken = both.run(job::lock);
        }
        assertThat(taken).containsExactlyInAnyOrder(true, false);
        assertThat(job.lock()).isFalse();
        clock.advance(Duration.ofHours(7));
        assertThat(job.lock()).isTrue();
    }

    @Test
    void writesEstimatesToTheItemsOfTheTenantWhoseLearnersAnswered() {
        TestTenant school = data.tenant();
        VidyaPrincipal teacher = data.member(school, Role.TEACHER).principal();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(teacher, null, teacher.authorities()));
        JsonMapper json = JsonMapper.builder().build();
        List<ItemDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(ItemDraft.of("true-false", json.readTree("{\"prompt\": \"Item " + i + "\", \"answer\": true}"))
                    .withMarks(BigDecimal.ONE, BigDecimal.ZERO).withConcepts("physics.calibration", List.of()));
        }
        List<ItemId> items = Tenancy.callAs(school.id(), () -> imports.save(ItemBankId.of(banks.createBank(
                new ItemBankService.BankFields("Calibrated", null)).id().toString()), drafts));
        SecurityContextHolder.clearContext();

        double[] truth = {-1.5, -0.5, 0.5, 1.5};
        Random random = new Random(5);
        List<GradedResponse> responses = new ArrayList<>();
        for (int j = 0; j < 400; j++) {
            double theta = random.nextGaussian();
            UUID learner = new UUID(9, j);
            for (int i = 0; i < items.size(); i++) {
                double p = ItemCalibration.probability(1, truth[i], 0, theta);
                responses.add(new GradedResponse(school.id().value(), learner, items.get(i).value(),
                        random.nextDouble() < p ? 1 : 0));
            }
        }
        assertThat(job.calibrate(responses)).isEqualTo(4);
        List<PoolItem> stored = Tenancy.callAs(school.id(), () -> pool.items(items));
        for (int i = 0; i < items.size(); i++) {
            assertThat(stored.get(i).calibrated()).isTrue();
            assertThat(stored.get(i).b()).as("b of item %d", i).isCloseTo(truth[i], offset(0.4));
        }
    }
}
