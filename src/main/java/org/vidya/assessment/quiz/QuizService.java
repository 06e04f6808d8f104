package org.vidya.assessment.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;

/**
 * Teachers build tests (fixed forms or blueprints with their settings) and schedule them for
 * the classes they teach. Scheduling a benchmark generates every class member's attempt at once,
 * so that the exam's start only reads and stamps.
 */
@Service
public class QuizService implements QuizImports {

    /** The longest window a schedule may have. */
    static final Duration MAX_WINDOW = Duration.ofDays(366);

    private final Quizzes quizzes;
    private final Schedules schedules;
    private final Attempts attempts;
    private final PaperGenerator generator;
    private final OrganizationManagement organization;
    private final Clock clock;

    QuizService(Quizzes quizzes, Schedules schedules, Attempts attempts, PaperGenerator generator,
            OrganizationManagement organization, Clock clock) {
        this.quizzes = quizzes;
        this.schedules = schedules;
        this.attempts = attempts;
        this.generator = generator;
        this.organization = organization;
        this.clock = clock;
    }

    // ---- tests

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public QuizView create(QuizSpec spec) {
        check(spec);
        Quiz quiz = quizzes.save(new Quiz(spec, CurrentUser.id(), now()));
        return view(quiz);
    }

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public QuizView get(QuizId id) {
        return view(find(id.value()));
    }

    /** The tests the caller owns; an organization admin sees every test of the school. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public List<QuizView> list() {
        VidyaPrincipal me = CurrentUser.get();
        List<Quiz> found = isAdmin(me) ? quizzes.findAllByOrderByCreatedAtDesc()
                : quizzes.findByOwnerIdOrderByCreatedAtDesc(me.userId().value());
        // Personal tests (a learner's weekly test) belong to that learner alone.
        return found.stream().filter(quiz -> !quiz.personal()).map(this::view).toList();
    }

    /** Replaces a test's spec; attempts already generated keep the paper they were given. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public QuizView update(QuizId id, QuizSpec spec) {
        Quiz quiz = findWritable(id.value());
        check(spec);
        quiz.apply(spec, now());
        return view(quiz);
    }

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public void delete(QuizId id) {
        Quiz quiz = findWritable(id.value());
        if (attempts.existsByQuizId(quiz.id()) || schedules.existsByQuizId(quiz.id())) {
            throw ApiException.conflict("quiz-in-use",
                    "This test has been scheduled or taken, so it stays for its results.");
        }
        quizzes.delete(quiz);
    }

    // ---- import and export

    @Override
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public QuizId createFixedForm(String title, List<QuizImports.Section> sections) {
        List<QuizSection> converted = sections.stream().map(s -> new QuizSection(s.title(),
                s.timeLimit() == null ? null : (int) s.timeLimit().toSeconds(), MarkingScheme.itemMarks(),
                s.items().stream().map(i -> i.value()).toList(), List.of())).toList();
        return new QuizId(create(new QuizSpec(title, "", QuizKind.PRACTICE, converted, QuizSettings.defaults())).id());
    }

    @Override
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public Outline outline(QuizId id) {
        Quiz quiz = find(id.value());
        if (quiz.sections().stream().anyMatch(s -> !s.fixed())) {
            throw ApiException.badRequest("not-a-fixed-form",
                    "This test draws its items from blueprints, so it has no fixed form to export.");
        }
        return new Outline(quiz.title(), quiz.sections().stream().map(s -> new QuizImports.Section(s.title(),
                s.items().stream().map(org.vidya.assessment.ItemId::new).toList(),
                s.timeLimitSeconds() == null ? null : Duration.ofSeconds(s.timeLimitSeconds()))).toList());
    }

    // ---- schedules

    /**
     * Sets a test for a class within a window; the class's teacher or an organization admin
     * may. A benchmark's attempts are generated here, one form for the whole cohort.
     */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public ScheduleView schedule(QuizId id, ClassId classId, Instant opensAt, Instant closesAt) {
        VidyaPrincipal me = CurrentUser.get();
        Quiz quiz = find(id.value());
        List<FieldViolation> problems = new ArrayList<>();
        String className = organization.className(classId).orElse(null);
        if (className == null) {
            problems.add(new FieldViolation("classId", "class-not-found", "there is no such class in this school"));
        }
        if (!closesAt.isAfter(opensAt)) {
            problems.add(new FieldViolation("closesAt", "before-opening", "must be after the window opens"));
        } else if (Duration.between(opensAt, closesAt).compareTo(MAX_WINDOW) > 0) {
            problems.add(new FieldViolation("closesAt", "window-too-long", "a window lasts at most a year"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        if (!isAdmin(me) && !organization.teachesClass(me.userId(), classId)) {
            throw ApiException.forbidden("not-your-class", "Only the class's teachers or an administrator may"
                    + " set tests for it.");
        }
        Instant now = now();
        Schedule schedule = schedules.save(new Schedule(quiz.id(), classId.value(),
                opensAt.truncatedTo(ChronoUnit.MICROS), closesAt.truncatedTo(ChronoUnit.MICROS),
                ThreadLocalRandom.current().nextLong(), me.userId(), now));
        int generated = 0;
        if (quiz.kind() == QuizKind.BENCHMARK) {
            String language = LocaleContextHolder.getLocale().getLanguage();
            for (GroupMember learner : organization.classLearners(classId)) {
                AttemptId attemptId = AttemptId.random();
                PaperGenerator.Generated paper = generator.generate(attemptId, quiz, schedule.seed(), language);
                attempts.save(new Attempt(attemptId, quiz.id(), schedule.id(), learner.userId(), 1, schedule.seed(),
                        language, paper, now));
                generated++;
            }
        }
        return view(schedule, quiz, className, generated);
    }

    /** A schedule: staff of the school, or a learner of its class. */
    @PreAuthorize("hasAnyAuthority('TESTS_MANAGE', 'TESTS_TAKE')")
    @Transactional(readOnly = true)
    public ScheduleView getSchedule(ScheduleId id) {
        VidyaPrincipal me = CurrentUser.get();
        Schedule schedule = schedules.findById(id.value()).orElseThrow(QuizService::scheduleNotFound);
        if (!me.has(Permission.TESTS_MANAGE) && organization.classLearners(new ClassId(schedule.classId())).stream()
                .noneMatch(m -> m.userId().equals(me.userId()))) {
            throw scheduleNotFound();
        }
        Quiz quiz = quizzes.findById(schedule.quizId()).orElseThrow();
        return view(schedule, quiz, organization.className(new ClassId(schedule.classId())).orElse(""),
                attempts.findByScheduleId(schedule.id()).size());
    }

    /** The schedules of one test. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public List<ScheduleView> schedulesOf(QuizId id) {
        Quiz quiz = find(id.value());
        return schedules.findByQuizIdOrderByOpensAt(quiz.id()).stream().map(s -> view(s, quiz,
                organization.className(new ClassId(s.classId())).orElse(""), 0)).toList();
    }

    // ---- helpers

    private void check(QuizSpec spec) {
        List<FieldViolation> problems = QuizRules.check(spec);
        if (problems.isEmpty()) {
            problems = generator.check(spec);
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    Quiz find(UUID id) {
        return quizzes.findById(id).filter(quiz -> !quiz.personal()).orElseThrow(() -> ApiException.notFound(
                "quiz-not-found", "There is no such test."));
    }

    private Quiz findWritable(UUID id) {
        Quiz quiz = find(id);
        VidyaPrincipal me = CurrentUser.get();
        if (!quiz.owner().equals(me.userId()) && !isAdmin(me)) {
            throw ApiException.forbidden("not-your-test", "Only the test's author or an administrator may change it.");
        }
        return quiz;
    }

    static ApiException scheduleNotFound() {
        return ApiException.notFound("schedule-not-found", "There is no such scheduled test.");
    }

    static boolean isAdmin(VidyaPrincipal me) {
        return me.has(Permission.TENANT_SETTINGS_MANAGE);
    }

    private QuizView view(Quiz quiz) {
        return new QuizView(quiz.id(), quiz.spec(), quiz.owner().value(), quiz.spec().size(),
                quiz.createdAt(), quiz.updatedAt());
    }

    private ScheduleView view(Schedule schedule, Quiz quiz, @Nullable String className, int generated) {
        return new ScheduleView(schedule.id(), quiz.id(), quiz.title(), quiz.kind(), schedule.classId(),
                className == null ? "" : className, schedule.opensAt(), schedule.closesAt(), schedule.window(now()),
                generated, schedule.createdAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
