package org.vidya.assessment.quiz;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.QuizId;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.UserId;

/**
 * Personal tests: a fixed form of the given items as a test of the learner's own
 * ({@code personal_for}), with its attempt generated at once, {@code READY}, so that its clock
 * starts when the learner opens {@code /attempts/{id}}. Such a test is missing from every list but
 * the learner's own, and another person asking for it by id is told there is no such test.
 */
@Service
class PersonalForms implements PersonalTests {

    static final int MAX_ITEMS = 200;
    static final int MAX_TITLE = 200;
    static final Duration MAX_TIME_LIMIT = Duration.ofHours(6);
    private static final Set<String> KINDS = Set.of("weekly", "practice");

    private final Quizzes quizzes;
    private final Attempts attempts;
    private final PaperGenerator generator;
    private final Clock clock;

    PersonalForms(Quizzes quizzes, Attempts attempts, PaperGenerator generator, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.generator = generator;
        this.clock = clock;
    }

    /** As the learner themself: a test is only ever assigned by the engine acting for the signed-in learner. */
    @Override
    @Transactional
    public PersonalTest assign(UserId learner, String title, String kind, List<ItemId> items, Duration timeLimit) {
        requireSelf(learner);
        List<FieldViolation> problems = new ArrayList<>();
        String cleanTitle = title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE || !plain(cleanTitle)) {
            problems.add(new FieldViolation("title", "invalid", "1 to " + MAX_TITLE + " characters of plain text"));
        }
        if (!KINDS.contains(kind)) {
            problems.add(new FieldViolation("kind", "invalid", "weekly or practice"));
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            problems.add(new FieldViolation("items", "invalid-size", "1 to " + MAX_ITEMS + " items"));
        } else if (new HashSet<>(items).size() != items.size()) {
            problems.add(new FieldViolation("items", "duplicate-item", "an item may be on the paper once"));
        }
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            problems.add(new FieldViolation("timeLimit", "invalid", "more than zero, at most " + MAX_TIME_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        QuizSettings settings = new QuizSettings((int) timeLimit.toSeconds(), 1, false, true,
                QuizSettings.Navigation.FREE, QuizSettings.FeedbackTiming.AFTER_SUBMIT,
                QuizSettings.QuestionBehaviour.DEFERRED, 1, BigDecimal.ZERO, null);
        QuizSection section = new QuizSection(cleanTitle, null, MarkingScheme.itemMarks(),
                items.stream().map(ItemId::value).toList(), List.of());
        QuizSpec spec = new QuizSpec(cleanTitle, "", "weekly".equals(kind) ? QuizKind.WEEKLY : QuizKind.PRACTICE,
                List.of(section), settings);
        List<FieldViolation> missing = generator.check(spec);
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "items-unavailable",
                    "Some items do not exist or are not shared with this school.", missing, null);
        }
        Instant now = now();
        Quiz quiz = quizzes.save(Quiz.personal(spec, learner, kind, now));
        AttemptId attemptId = AttemptId.random();
        long seed = ThreadLocalRandom.current().nextLong();
        String language = LocaleContextHolder.getLocale().getLanguage();
        Attempt attempt = new Attempt(attemptId, quiz.id(), null, learner, 1, seed, language,
                generator.generate(attemptId, quiz, seed, language), now);
        attempts.saveAndFlush(attempt);
        return view(quiz, attempt);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalTest> of(UserId learner, String kind, Instant since) {
        requireSelf(learner);
        List<Quiz> found = quizzes.findByPersonalForAndPersonalKindAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(
                learner.value(), kind, since);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Attempt> latest = attempts.findByLearnerIdAndScopeIdIn(learner.value(),
                found.stream().map(Quiz::id).toList()).stream().collect(Collectors.toMap(Attempt::quiz,
                        Function.identity(), (a, b) -> a.number() >= b.number() ? a : b));
        return found.stream().filter(quiz -> latest.containsKey(quiz.id()))
                .sorted(Comparator.comparing(Quiz::createdAt).reversed())
                .map(quiz -> view(quiz, latest.get(quiz.id()))).toList();
    }

    private static PersonalTest view(Quiz quiz, Attempt attempt) {
        List<ItemId> items = quiz.sections().stream().flatMap(s -> s.items().stream()).map(ItemId::new).toList();
        String kind = quiz.personalKind();
        return new PersonalTest(new QuizId(quiz.id()), new AttemptId(attempt.id()), quiz.title(),
                kind == null ? Codes.of(quiz.kind()) : kind, quiz.createdAt(), items, Codes.of(attempt.status()));
    }

    private static boolean plain(String text) {
        return text.chars().noneMatch(c -> c == '<' || c == '>' || Character.isISOControl(c));
    }

    private static void requireSelf(UserId learner) {
        if (!CurrentUser.id().equals(learner)) {
            throw ApiException.forbidden("access-denied", "Personal tests are assigned and read by their learner.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
