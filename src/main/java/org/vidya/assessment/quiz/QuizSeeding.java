package org.vidya.assessment.quiz;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.UserId;

import tools.jackson.databind.JsonNode;

/**
 * Start-up work (demo content) that builds tests, schedules and taken attempts in the current
 * tenant on someone's behalf, at chosen moments, without a signed-in person. Not for requests.
 */
@Service
public class QuizSeeding {

    private final Quizzes quizzes;
    private final Schedules schedules;
    private final Attempts attempts;
    private final PaperGenerator generator;
    private final AttemptService service;
    private final OrganizationManagement organization;
    private final JdbcTemplate jdbc;

    QuizSeeding(Quizzes quizzes, Schedules schedules, Attempts attempts, PaperGenerator generator,
            AttemptService service, OrganizationManagement organization, JdbcTemplate jdbc) {
        this.quizzes = quizzes;
        this.schedules = schedules;
        this.attempts = attempts;
        this.generator = generator;
        this.service = service;
        this.organization = organization;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean exists(String title) {
        return quizzes.findAll().stream().anyMatch(q -> q.title().equals(title));
    }

    @Transactional
    public QuizId create(QuizSpec spec, UserId owner, Instant at) {
        return quizzes.save(new Quiz(spec, owner, at)).quizId();
    }

    /** Schedules a test for a class; a benchmark's attempts are generated for every learner of the class. */
    @Transactional
    public ScheduleId schedule(QuizId quizId, ClassId classId, Instant opensAt, Instant closesAt, UserId by,
            Instant at) {
        Quiz quiz = quizzes.findById(quizId.value()).orElseThrow();
        Schedule schedule = schedules.save(new Schedule(quiz.id(), classId.value(), opensAt, closesAt,
                ThreadLocalRandom.current().nextLong(), by, at));
        if (quiz.kind() == QuizKind.BENCHMARK) {
            for (GroupMember learner : organization.classLearners(classId)) {
                AttemptId attemptId = AttemptId.random();
                attempts.save(new Attempt(attemptId, quiz.id(), schedule.id(), learner.userId(), 1, schedule.seed(),
                        "en", generator.generate(attemptId, quiz, schedule.seed(), "en"), at));
            }
        }
        return schedule.scheduleId();
    }

    /**
     * A learner's attempt, started at {@code startedAt}, answered slot by slot with what
     * {@code answer} gives (null leaves a slot unanswered), and submitted at {@code submittedAt},
     * then graded as any submission is.
     */
    @Transactional
    public AttemptId takeAndSubmit(QuizId quizId, @Nullable ScheduleId scheduleId, UserId learner, Instant startedAt,
            Instant submittedAt, Function<AttemptKey.Slot, @Nullable JsonNode> answer) {
        Quiz quiz = quizzes.findById(quizId.value()).orElseThrow();
        UUID scope = scheduleId != null ? scheduleId.value() : quiz.id();
        List<Attempt> earlier = attempts.inScope(scope, learner.value());
        Attempt attempt = earlier.stream().filter(a -> a.status() == AttemptStatus.READY).findFirst().orElseGet(() -> {
            AttemptId id = AttemptId.random();
            long seed = ThreadLocalRandom.current().nextLong();
            return new Attempt(id, quiz.id(), scheduleId == null ? null : scheduleId.value(), learner,
                    earlier.size() + 1, seed, "en", generator.generate(id, quiz, seed, "en"), startedAt);
        });
        attempt.start(startedAt, submittedAt, null);
        attempts.saveAndFlush(attempt);
        long seq = 1;
        for (AttemptKey.Slot slot : attempt.key().slots()) {
            JsonNode response = answer.apply(slot);
            if (response == null) {
                continue;
            }
            jdbc.update("insert into assessment_answer (tenant_id, attempt_id, slot, response, seq, flagged,"
                    + " time_spent_millis, saved_at) values (?, ?, ?, ?, ?, ?, ?, ?)", attempt.tenant().value(),
                    attempt.id(), slot.slot(), new SqlParameterValue(Types.VARCHAR, Json.write(response)), seq++, false,
                    20_000 + ThreadLocalRandom.current().nextInt(90_000),
                    OffsetDateTime.ofInstant(startedAt.plusSeconds(60 * seq), ZoneOffset.UTC));
        }
        service.submitAt(attempt, submittedAt);
        return attempt.attemptId();
    }
}
