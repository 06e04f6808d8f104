package org.vidya.assessment.quiz;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.AttemptSubmitted;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.quiz.AttemptViews.AnswerInput;
import org.vidya.assessment.quiz.AttemptViews.AnswerState;
import org.vidya.assessment.quiz.AttemptViews.AttemptState;
import org.vidya.assessment.quiz.AttemptViews.BatchReply;
import org.vidya.assessment.quiz.AttemptViews.BatchResult;
import org.vidya.assessment.quiz.AttemptViews.BoardRow;
import org.vidya.assessment.quiz.AttemptViews.Learner;
import org.vidya.assessment.quiz.AttemptViews.Paper;
import org.vidya.assessment.quiz.AttemptViews.QuizRef;
import org.vidya.assessment.quiz.AttemptViews.SaveReply;
import org.vidya.assessment.quiz.AttemptViews.Started;
import org.vidya.assessment.quiz.AttemptViews.SubmitReply;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.JsonNode;

/**
 * Learners start tests, read their paper, autosave answers, and submit; a deadline passed with
 * the page closed submits what was saved. The paper is generated once per attempt and served as
 * the same bytes every time, from memory after the first read.
 */
@Service
public class AttemptService {

    public static final int MAX_BATCH = 500;
    public static final int MAX_KEY = 100;
    public static final int MAX_RESPONSE_CHARS = 64 * 1024;
    static final long MAX_TIME_SPENT = Duration.ofDays(7).toMillis();
    static final Duration CONNECTED = Duration.ofSeconds(45);

    private final Attempts attempts;
    private final Quizzes quizzes;
    private final Schedules schedules;
    private final PaperGenerator generator;
    private final AnswerWriter writer;
    private final ItemTypes types;
    private final ObjectProvider<AttemptGrading> grading;
    private final OrganizationManagement organization;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final AttemptProperties properties;
    private final Clock clock;

    /** What autosave needs of an attempt, read once: whose it is and its key. */
    record Meta(TenantId tenant, UserId learner, Map<String, AttemptKey.Slot> slots,
            Map<String, Map<String, Integer>> caseStages, int weight) {
    }

    record CachedPaper(TenantId tenant, UserId learner, byte[] bytes, String etag) {
    }

    private final Cache<UUID, Meta> metas = Caffeine.newBuilder().maximumWeight(64L * 1024 * 1024)
            .<UUID, Meta>weigher((id, meta) -> meta.weight()).expireAfterAccess(Duration.ofHours(6)).build();
    private final Cache<UUID, CachedPaper> papers = Caffeine.newBuilder().maximumWeight(128L * 1024 * 1024)
            .<UUID, CachedPaper>weigher((id, paper) -> paper.bytes().length + 200)
            .expireAfterAccess(Duration.ofHours(6)).build();

    AttemptService(Attempts attempts, Quizzes quizzes, Schedules schedules, PaperGenerator generator,
            AnswerWriter writer, ItemTypes types, ObjectProvider<AttemptGrading> grading,
            OrganizationManagement organization, ApplicationEventPublisher events, TransactionTemplate transactions,
            JdbcTemplate jdbc, AttemptProperties properties, Clock clock) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.schedules = schedules;
        this.generator = generator;
        this.writer = writer;
        this.types = types;
        this.grading = grading;
        this.organization = organization;
        this.events = events;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    // ---- starting

    /** Starts a practice or diagnostic test; while an attempt is in progress, that one comes back. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public Started startPractice(QuizId id) {
        return retryOnConflict(() -> transactions.execute(status -> {
            Quiz quiz = quizzes.findById(id.value()).filter(q -> q.openTo(CurrentUser.id()))
                    .orElseThrow(AttemptService::quizNotFound);
            if (!quiz.kind().selfStarted() && !quiz.personal()) {
                throw ApiException.conflict("schedule-required",
                        "This test is taken when your teacher schedules it for your class.");
            }
            return begin(quiz, null, CurrentUser.id());
        }));
    }

    /** Starts a scheduled test within its window; a benchmark's attempt, generated at scheduling, is only stamped. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public Started startScheduled(ScheduleId id) {
        return retryOnConflict(() -> transactions.execute(status -> {
            UserId me = CurrentUser.id();
            Schedule schedule = schedules.findById(id.value()).orElseThrow(QuizService::scheduleNotFound);
            if (!inClass(me, schedule)) {
                throw QuizService.scheduleNotFound();
            }
            Quiz quiz = quizzes.findById(schedule.quizId()).orElseThrow();
            return begin(quiz, schedule, me);
        }));
    }

    /**
     * Starts an attempt generated ahead for the learner outside any schedule (a personal test's),
     * as the test page does on first opening it; any other attempt is returned as it stands.
     */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public AttemptState startReady(AttemptId id) {
        return retryOnConflict(() -> transactions.execute(status -> {
            Attempt attempt = own(id);
            Quiz quiz = quizzes.findById(attempt.quiz()).orElseThrow();
            if (attempt.status() != AttemptStatus.READY || attempt.scheduleUuid() != null) {
                return state(attempt, quiz, now());
            }
            return begin(quiz, null, CurrentUser.id()).state();
        }));
    }

    private Started begin(Quiz quiz, @Nullable Schedule schedule, UserId me) {
        Instant now = now();
        List<Attempt> earlier = attempts.inScope(schedule != null ? schedule.id() : quiz.id(), me.value());
        Optional<Attempt> going = earlier.stream().filter(a -> a.status() == AttemptStatus.IN_PROGRESS).findFirst();
        if (going.isPresent()) {
            return new Started(state(going.get(), quiz, now), false);
        }
        if (schedule != null) {
            switch (schedule.window(now)) {
                case UPCOMING -> throw ApiException.conflict("window-not-open", "This test opens at "
                        + schedule.opensAt() + ".").with("opensAt", schedule.opensAt().toString());
                case CLOSED -> throw ApiException.conflict("window-closed", "This test closed at "
                        + schedule.closesAt() + ".").with("closesAt", schedule.closesAt().toString());
                case OPEN -> {
                }
            }
        }
        Optional<Attempt> ready = earlier.stream().filter(a -> a.status() == AttemptStatus.READY).findFirst();
        Attempt attempt;
        if (ready.isPresent()) {
            attempt = ready.get();
        } else {
            int allowed = quiz.settings().attemptsAllowed();
            if (allowed > 0 && earlier.size() >= allowed) {
                throw ApiException.conflict("attempts-exhausted", "You have used all " + allowed
                        + (allowed == 1 ? " attempt" : " attempts") + " at this test.").with("attemptsAllowed", allowed);
            }
            long seed = schedule != null && quiz.kind() == QuizKind.BENCHMARK ? schedule.seed()
                    : ThreadLocalRandom.current().nextLong();
            AttemptId attemptId = AttemptId.random();
            String language = LocaleContextHolder.getLocale().getLanguage();
            attempt = new Attempt(attemptId, quiz.id(), schedule == null ? null : schedule.id(), me,
                    earlier.size() + 1, seed, language, generator.generate(attemptId, quiz, seed, language), now);
        }
        stamp(attempt, quiz, schedule, now);
        attempts.saveAndFlush(attempt);
        return new Started(state(attempt, quiz, now), true);
    }

    private static void stamp(Attempt attempt, Quiz quiz, @Nullable Schedule schedule, Instant now) {
        Integer limit = quiz.settings().timeLimitSeconds();
        boolean sectioned = quiz.kind().sectioned();
        if (sectioned && limit == null) {
            limit = quiz.sections().stream().mapToInt(s -> s.timeLimitSeconds() == null ? 0 : s.timeLimitSeconds())
                    .sum();
        }
        Instant deadline = limit == null || limit == 0 ? null : now.plusSeconds(limit);
        if (schedule != null && (deadline == null || schedule.closesAt().isBefore(deadline))) {
            deadline = schedule.closesAt();
        }
        Instant sectionDeadline = sectioned ? sectionDeadline(quiz, 0, now, deadline) : null;
        attempt.start(now, deadline, sectionDeadline);
    }

    private static @Nullable Instant sectionDeadline(Quiz quiz, int section, Instant now, @Nullable Instant deadline) {
        if (section >= quiz.sections().size()) {
            return null;
        }
        Integer limit = quiz.sections().get(section).timeLimitSeconds();
        Instant end = limit == null ? deadline : now.plusSeconds(limit);
        return deadline != null && end != null && deadline.isBefore(end) ? deadline : end;
    }

    private <T> T retryOnConflict(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataIntegrityViolationException e) {
            // Two starts at once (a double click, two tabs): the other one won; answer with its attempt.
            return work.get();
        }
    }

    // ---- reading

    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public AttemptState state(AttemptId id) {
        return transactions.execute(status -> {
            Attempt attempt = own(id);
            Quiz quiz = quizzes.findById(attempt.quiz()).orElseThrow();
            Instant now = now();
            advanceExpiredSection(attempt, quiz, now);
            return state(attempt, quiz, now);
        });
    }

    /** The paper: the same stored bytes every time; after the first read, from memory. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public Paper paper(AttemptId id) {
        VidyaPrincipal me = CurrentUser.get();
        CachedPaper cached = papers.getIfPresent(id.value());
        if (cached == null) {
            cached = transactions.execute(status -> {
                Attempt attempt = own(id);
                if (attempt.status() == AttemptStatus.READY) {
                    throw ApiException.conflict("attempt-not-started", "Start the test to see its paper.");
                }
                return new CachedPaper(attempt.tenant(), attempt.learner(), attempt.paper(), attempt.paperEtag());
            });
            papers.put(id.value(), cached);
        }
        if (!cached.learner().equals(me.userId()) || !cached.tenant().equals(me.tenantId())) {
            throw attemptNotFound();
        }
        return new Paper(cached.bytes(), cached.etag());
    }

    // ---- saving

    /** Autosaves one answer; acknowledged only once committed. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public SaveReply save(AttemptId id, AnswerInput answer) {
        Meta meta = meta(id);
        AttemptKey.Slot slot = meta.slots().get(answer.slot());
        if (slot == null) {
            throw slotNotFound(answer.slot());
        }
        List<FieldViolation> problems = check(slot, answer, "");
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        AnswerWriter.Outcome outcome = await(writer.offer(save(id, meta, slot, answer)));
        return new SaveReply(answer.slot(), answer.seq(), outcome.applied(), outcome.savedAt());
    }

    /** Saves answers sent together (offline): wrong ones are refused one by one, the rest saved. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public BatchReply batch(AttemptId id, List<AnswerInput> answers) {
        if (answers.size() > MAX_BATCH) {
            throw ApiException.invalid("answers", "size", "at most " + MAX_BATCH + " answers at once");
        }
        Meta meta = meta(id);
        List<@Nullable BatchResult> results = new ArrayList<>();
        Map<Integer, CompletableFuture<AnswerWriter.Outcome>> pending = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput answer = answers.get(i);
            AttemptKey.Slot slot = answer.slot() == null ? null : meta.slots().get(answer.slot());
            List<FieldViolation> problems = slot == null
                    ? List.of(new FieldViolation("slot", "slot-not-found", "there is no such question in this attempt"))
                    : check(slot, answer, "");
            if (!problems.isEmpty()) {
                results.add(new BatchResult(answer.slot(), answer.seq(), "refused", problems));
            } else {
                results.add(null);
                pending.put(i, writer.offer(save(id, meta, slot, answer)));
            }
        }
        ApiException closing = null;
        for (Map.Entry<Integer, CompletableFuture<AnswerWriter.Outcome>> entry : pending.entrySet()) {
            AnswerInput answer = answers.get(entry.getKey());
            try {
                AnswerWriter.Outcome outcome = await(entry.getValue());
                results.set(entry.getKey(), new BatchResult(answer.slot(), answer.seq(),
                        outcome.applied() ? "applied" : "stale", null));
            } catch (ApiException e) {
                if (e.code().equals("deadline-passed") || e.code().equals("attempt-closed")) {
                    closing = closing == null || e.code().equals("deadline-passed") ? e : closing;
                } else if (e.status() == HttpStatus.CONFLICT) {
                    results.set(entry.getKey(), new BatchResult(answer.slot(), answer.seq(), "refused",
                            List.of(new FieldViolation("slot", e.code(), e.getMessage()))));
                } else {
                    throw e;
                }
            }
        }
        if (closing != null) {
            throw closing;
        }
        return new BatchReply(results.stream().map(r -> (BatchResult) r).toList());
    }

    private AnswerWriter.Save save(AttemptId id, Meta meta, AttemptKey.Slot slot, AnswerInput answer) {
        return new AnswerWriter.Save(meta.tenant(), id.value(), slot.slot(), slot.section(), answer.response(),
                answer.seq(), answer.timeSpentMillis(), answer.flagged(), meta.caseStages().get(slot.slot()),
                new CompletableFuture<>());
    }

    private List<FieldViolation> check(AttemptKey.Slot slot, AnswerInput answer, String prefix) {
        List<FieldViolation> problems = new ArrayList<>();
        if (answer.seq() < 1) {
            problems.add(new FieldViolation(prefix + "seq", "range", "a client sequence of 1 or more"));
        }
        if (answer.timeSpentMillis() < 0 || answer.timeSpentMillis() > MAX_TIME_SPENT) {
            problems.add(new FieldViolation(prefix + "timeSpentMillis", "range", "0 to 7 days in milliseconds"));
        }
        JsonNode response = answer.response();
        if (response != null && !response.isNull()) {
            if (Json.write(response).length() > MAX_RESPONSE_CHARS) {
                problems.add(new FieldViolation(prefix + "response", "size", "at most 64 KB of JSON"));
            } else {
                types.get(slot.type()).validateResponse(slot.body(), response).forEach(v -> problems.add(
                        new FieldViolation(prefix + "response" + (v.field().isEmpty() ? "" : "." + v.field()),
                                v.code(), v.message())));
            }
        }
        return problems;
    }

    private AnswerWriter.Outcome await(CompletableFuture<AnswerWriter.Outcome> future) {
        try {
            return future.get(properties.saveTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ApiException api) {
                throw api;
            }
            throw new IllegalStateException("Saving an answer failed", e.getCause());
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "save-timeout",
                    "Saving took too long; send the answer again (it is saved once, whatever the retries).",
                    List.of(), Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Meta meta(AttemptId id) {
        VidyaPrincipal me = CurrentUser.get();
        Meta meta = metas.getIfPresent(id.value());
        if (meta == null) {
            meta = transactions.execute(status -> {
                Attempt attempt = attempts.findById(id.value()).orElseThrow(AttemptService::attemptNotFound);
                return meta(attempt);
            });
            metas.put(id.value(), meta);
        }
        if (!meta.learner().equals(me.userId()) || !meta.tenant().equals(me.tenantId())) {
            throw attemptNotFound();
        }
        return meta;
    }

    private static Meta meta(Attempt attempt) {
        AttemptKey key = attempt.key();
        Map<String, AttemptKey.Slot> slots = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> stages = new HashMap<>();
        int weight = 200;
        for (AttemptKey.Slot slot : key.slots()) {
            slots.put(slot.slot(), slot);
            weight += 100 + slot.body().toString().length();
            if ("case".equals(slot.type())) {
                Map<String, Integer> parts = new HashMap<>();
                JsonNode stageNodes = slot.body().path("stages");
                for (int s = 0; s < stageNodes.size(); s++) {
                    for (JsonNode part : stageNodes.get(s).path("parts")) {
                        parts.put(part.path("id").asString(), s + 1);
                    }
                }
                stages.put(slot.slot(), parts);
            }
        }
        return new Meta(attempt.tenant(), attempt.learner(), slots, stages, weight);
    }

    // ---- submitting

    /**
     * Submits an attempt. The same {@code Idempotency-Key} again answers as the first time; a
     * submit with another key after that is refused. Answers sent along are saved first.
     */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public SubmitReply submit(AttemptId id, @Nullable String idempotencyKey, List<AnswerInput> answers) {
        String key = checkKey(idempotencyKey);
        meta(id);
        Optional<SubmitReply> replay = transactions.execute(status -> replay(id, key));
        if (replay.isPresent()) {
            return replay.get();
        }
        if (!answers.isEmpty()) {
            try {
                batch(id, answers);
            } catch (ApiException e) {
                if (!e.code().equals("attempt-closed")) {
                    throw e;
                }
            }
        }
        return transactions.execute(status -> {
            Attempt attempt = attempts.lock(id.value()).orElseThrow(AttemptService::attemptNotFound);
            if (!attempt.learner().equals(CurrentUser.id())) {
                throw attemptNotFound();
            }
            Optional<SubmitReply> again = replay(id, key);
            if (again.isPresent()) {
                return again.get();
            }
            if (attempt.status() != AttemptStatus.IN_PROGRESS) {
                throw AnswerWriter.attemptClosed(attempt.status());
            }
            Instant now = now();
            if (attempt.deadline() != null && now.isAfter(attempt.deadline().plus(properties.grace()))) {
                throw AnswerWriter.deadlinePassed(attempt.deadline());
            }
            SubmitReply reply = submitNow(attempt, now, false);
            jdbc.update("insert into assessment_submit_key (id, tenant_id, attempt_id, learner_id, idempotency_key,"
                    + " reply, created_at) values (?, ?, ?, ?, ?, ?, ?)", org.vidya.platform.Ids.next(),
                    attempt.tenant().value(), attempt.id(), attempt.learner().value(), key, Json.write(reply),
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            return reply;
        });
    }

    /** Submits inside the caller's transaction, with the attempt locked, and hands it to grading. */
    private SubmitReply submitNow(Attempt attempt, Instant now, boolean automatic) {
        attempt.submit(now, automatic);
        attempts.flush();
        SubmittedAttempt submitted = submitted(attempt);
        AttemptGrading graders = grading.getIfAvailable();
        if (graders != null) {
            graders.submitted(submitted);
        } else {
            events.publishEvent(new AttemptSubmitted(attempt.attemptId(), attempt.learner(), attempt.quizId(),
                    attempt.scheduleId(), automatic, attempt.tenant(), now));
        }
        return new SubmitReply(Codes.of(attempt.status()), resultUrl(attempt.id()));
    }

    /** Submits a seeded attempt at a chosen moment, inside the caller's transaction. */
    void submitAt(Attempt attempt, Instant at) {
        submitNow(attempt, at, false);
    }

    /** Submits an overdue attempt automatically; false when it was no longer in progress or not yet overdue. */
    boolean submitOverdue(UUID id) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Attempt attempt = attempts.lock(id).orElse(null);
            Instant now = now();
            if (attempt == null || attempt.status() != AttemptStatus.IN_PROGRESS || attempt.deadline() == null
                    || !now.isAfter(attempt.deadline().plus(properties.grace()))) {
                return false;
            }
            submitNow(attempt, now, true);
            return true;
        }));
    }

    private Optional<SubmitReply> replay(AttemptId id, String key) {
        return jdbc.queryForList("select reply from assessment_submit_key where attempt_id = ? and idempotency_key = ?",
                String.class, id.value(), key).stream().findFirst()
                .map(reply -> Json.MAPPER.readValue(reply, SubmitReply.class));
    }

    SubmittedAttempt submitted(Attempt attempt) {
        Quiz quiz = quizzes.findById(attempt.quiz()).orElseThrow();
        return new SubmittedAttempt(attempt.attemptId(), attempt.tenant(), attempt.learner(), attempt.quizId(),
                quiz.title(), attempt.scheduleId(), attempt.key(), savedAnswers(attempt), attempt.automatic(),
                attempt.startedAt() == null ? attempt.createdAt() : attempt.startedAt(),
                attempt.submittedAt() == null ? now() : attempt.submittedAt());
    }

    Map<String, SavedAnswer> savedAnswers(Attempt attempt) {
        Map<String, SavedAnswer> answers = new LinkedHashMap<>();
        jdbc.query("select slot, response, time_spent_millis, flagged, saved_at from assessment_answer"
                + " where attempt_id = ? and tenant_id = ?", rs -> {
                    String response = rs.getString(2);
                    answers.put(rs.getString(1), new SavedAnswer(rs.getString(1),
                            response == null ? Json.MAPPER.nullNode() : Json.read(response), rs.getLong(3),
                            rs.getBoolean(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                }, attempt.id(), attempt.tenant().value());
        return answers;
    }

    // ---- heartbeat, sections

    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public void heartbeat(AttemptId id, @Nullable String slot) {
        Meta meta = meta(id);
        String last = slot != null && meta.slots().containsKey(slot) ? slot : null;
        transactions.executeWithoutResult(status -> jdbc.update(
                "update assessment_attempt set last_seen_at = ?, last_slot = coalesce(?, last_slot)"
                        + " where id = ? and tenant_id = ?",
                OffsetDateTime.ofInstant(now(), ZoneOffset.UTC), new SqlParameterValue(Types.VARCHAR, last), id.value(),
                meta.tenant().value()));
    }

    /** Ends the current section of a sectioned test and starts the next one's clock. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    public AttemptState finishSection(AttemptId id, int index) {
        return transactions.execute(status -> {
            Attempt attempt = attempts.lock(id.value()).orElseThrow(AttemptService::attemptNotFound);
            if (!attempt.learner().equals(CurrentUser.id())) {
                throw attemptNotFound();
            }
            Quiz quiz = quizzes.findById(attempt.quiz()).orElseThrow();
            Instant now = now();
            if (attempt.status() != AttemptStatus.IN_PROGRESS) {
                throw AnswerWriter.attemptClosed(attempt.status());
            }
            if (!quiz.kind().sectioned()) {
                throw ApiException.conflict("not-sectioned", "This test's sections are not taken one at a time.");
            }
            advanceExpiredSection(attempt, quiz, now);
            if (index != attempt.currentSection()) {
                throw ApiException.conflict("section-not-current", "Section " + index + " is not the current one.")
                        .with("currentSection", attempt.currentSection());
            }
            int next = index + 1;
            attempt.moveToSection(next, sectionDeadline(quiz, next, now, attempt.deadline()));
            return state(attempt, quiz, now);
        });
    }

    // A section's time ran out with the page closed: the next section starts when the learner comes back.
    private void advanceExpiredSection(Attempt attempt, Quiz quiz, Instant now) {
        if (attempt.status() == AttemptStatus.IN_PROGRESS && quiz.kind().sectioned()
                && attempt.sectionDeadline() != null && now.isAfter(attempt.sectionDeadline().plus(properties.grace()))) {
            int next = attempt.currentSection() + 1;
            attempt.moveToSection(next, sectionDeadline(quiz, next, now, attempt.deadline()));
        }
    }

    // ---- the live board

    /** Who is in, how far they are, and whether their page is connected now. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    public List<BoardRow> board(ScheduleId id) {
        return transactions.execute(status -> {
            VidyaPrincipal me = CurrentUser.get();
            Schedule schedule = schedules.findById(id.value()).orElseThrow(QuizService::scheduleNotFound);
            ClassId classId = new ClassId(schedule.classId());
            if (!QuizService.isAdmin(me) && !organization.teachesClass(me.userId(), classId)) {
                throw ApiException.forbidden("not-your-class", "Only the class's teachers or an administrator may"
                        + " watch this test.");
            }
            Map<UUID, Attempt> latest = new HashMap<>();
            for (Attempt attempt : attempts.findByScheduleId(schedule.id())) {
                latest.merge(attempt.learner().value(), attempt, (a, b) -> a.number() >= b.number() ? a : b);
            }
            Map<UUID, Object[]> progress = new HashMap<>();
            jdbc.query("select a.id, count(w.response), max(w.saved_at) from assessment_attempt a"
                    + " left join assessment_answer w on w.attempt_id = a.id"
                    + " where a.schedule_id = ? and a.tenant_id = ? group by a.id", rs -> {
                        progress.put(rs.getObject(1, UUID.class), new Object[] {rs.getInt(2),
                                AnswerWriter.instant(rs.getObject(3, OffsetDateTime.class))});
                    }, schedule.id(), schedule.tenantId());
            Instant now = now();
            Map<UUID, String> names = new LinkedHashMap<>();
            organization.classLearners(classId).forEach((GroupMember m) -> names.put(m.userId().value(),
                    m.displayName()));
            latest.keySet().forEach(learner -> names.putIfAbsent(learner, ""));
            List<BoardRow> rows = new ArrayList<>();
            names.forEach((learner, name) -> {
                Attempt attempt = latest.get(learner);
                if (attempt == null) {
                    rows.add(new BoardRow(new Learner(learner, name), "not-started", 0, 0, null, false));
                    return;
                }
                Object[] p = progress.getOrDefault(attempt.id(), new Object[] {0, null});
                Instant lastSeen = latest(attempt.lastSeenAt(), (Instant) p[1]);
                boolean connected = attempt.status() == AttemptStatus.IN_PROGRESS && lastSeen != null
                        && !lastSeen.isBefore(now.minus(CONNECTED));
                rows.add(new BoardRow(new Learner(learner, name), Codes.of(attempt.status()), (Integer) p[0],
                        attempt.slotCount(), lastSeen, connected));
            });
            return rows;
        });
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    // ---- helpers

    AttemptState state(Attempt attempt, Quiz quiz, Instant now) {
        Map<String, AnswerState> answers = new LinkedHashMap<>();
        jdbc.query("select slot, response, seq, flagged, time_spent_millis, saved_at from assessment_answer"
                + " where attempt_id = ? and tenant_id = ?", rs -> {
                    String response = rs.getString(2);
                    answers.put(rs.getString(1), new AnswerState(response == null ? null : Json.read(response),
                            rs.getLong(3), rs.getBoolean(4), rs.getLong(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant()));
                }, attempt.id(), attempt.tenant().value());
        boolean sectioned = quiz.kind().sectioned();
        return new AttemptState(attempt.id(), new QuizRef(quiz.id(), quiz.title(), Codes.of(quiz.kind())),
                attempt.scheduleUuid(), Codes.of(attempt.status()), attempt.startedAt(), attempt.deadline(), now,
                properties.grace().toSeconds(), Codes.of(quiz.settings().navigation()),
                Codes.of(quiz.settings().questionBehaviour()), sectioned ? attempt.currentSection() : null,
                sectioned ? attempt.sectionDeadline() : null, "/api/v1/attempts/" + attempt.id() + "/paper",
                attempt.paperEtag(), answers, attempt.submittedAt(),
                attempt.status().submitted() ? resultUrl(attempt.id()) : null);
    }

    private Attempt own(AttemptId id) {
        Attempt attempt = attempts.findById(id.value()).orElseThrow(AttemptService::attemptNotFound);
        if (!attempt.learner().equals(CurrentUser.id())) {
            throw attemptNotFound();
        }
        return attempt;
    }

    private boolean inClass(UserId me, Schedule schedule) {
        return organization.classLearners(new ClassId(schedule.classId())).stream()
                .anyMatch(m -> m.userId().equals(me));
    }

    /** Forgets cached keys (after a key change regrades attempts). */
    void forget(UUID attempt) {
        metas.invalidate(attempt);
    }

    static String resultUrl(UUID attempt) {
        return "/api/v1/attempts/" + attempt + "/result";
    }

    static String checkKey(@Nullable String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw ApiException.invalid(List.of(new FieldViolation("Idempotency-Key", key == null ? "required" : "invalid",
                    "send an Idempotency-Key header of 1 to " + MAX_KEY + " visible ASCII characters")));
        }
        return key;
    }

    static ApiException attemptNotFound() {
        return ApiException.notFound("attempt-not-found", "There is no such attempt.");
    }

    static ApiException quizNotFound() {
        return ApiException.notFound("quiz-not-found", "There is no such test.");
    }

    static ApiException slotNotFound(String slot) {
        return ApiException.notFound("slot-not-found", "This attempt has no question '" + slot + "'.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
