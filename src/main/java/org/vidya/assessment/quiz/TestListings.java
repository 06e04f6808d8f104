package org.vidya.assessment.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.VidyaPrincipal;

/**
 * What pages list: a learner's scheduled tests (upcoming, open, closed, with their attempt) and
 * the practice tests they can start; a teacher's tests and the schedules of their classes.
 */
@Service
public class TestListings {

    private final Quizzes quizzes;
    private final Schedules schedules;
    private final Attempts attempts;
    private final OrganizationManagement organization;
    private final Clock clock;

    TestListings(Quizzes quizzes, Schedules schedules, Attempts attempts, OrganizationManagement organization,
            Clock clock) {
        this.quizzes = quizzes;
        this.schedules = schedules;
        this.attempts = attempts;
        this.organization = organization;
        this.clock = clock;
    }

    /** A test scheduled for one of the learner's classes, and where their latest attempt at it stands. */
    public record ScheduledTest(UUID scheduleId, UUID quizId, String title, QuizKind kind, String className,
            Instant opensAt, Instant closesAt, ScheduleWindow window, @Nullable Integer timeLimitSeconds, int items,
            @Nullable UUID attemptId, @Nullable AttemptStatus attemptStatus) {

        /** Whether the learner can start or go on now. */
        public boolean startable() {
            return window == ScheduleWindow.OPEN && (attemptStatus == null || attemptStatus == AttemptStatus.READY
                    || attemptStatus == AttemptStatus.IN_PROGRESS);
        }
    }

    /** A practice or diagnostic test, with the learner's attempts at it. */
    public record PracticeTest(UUID quizId, String title, String description, QuizKind kind, int items,
            @Nullable Integer timeLimitSeconds, int attemptsAllowed, int attemptsUsed, @Nullable UUID inProgress,
            @Nullable UUID lastSubmitted) {

        public boolean startable() {
            return inProgress != null || attemptsAllowed == 0 || attemptsUsed < attemptsAllowed;
        }
    }

    /** The signed-in learner's scheduled tests: open first, then upcoming, then closed (newest first). */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    @Transactional(readOnly = true)
    public List<ScheduledTest> scheduledForMe() {
        VidyaPrincipal me = CurrentUser.get();
        Map<UUID, String> classes = organization.classesOf(me.userId()).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
        if (classes.isEmpty()) {
            return List.of();
        }
        List<Schedule> found = schedules.findByClassIdInOrderByOpensAt(classes.keySet());
        Map<UUID, Quiz> quizById = quizzes.findAllById(found.stream().map(Schedule::quizId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Quiz::id, Function.identity()));
        Map<UUID, Attempt> latest = latest(me, found.stream().map(Schedule::id).collect(Collectors.toSet()));
        Instant now = clock.instant();
        List<ScheduledTest> tests = new ArrayList<>();
        for (Schedule schedule : found) {
            Quiz quiz = quizById.get(schedule.quizId());
            if (quiz == null) {
                continue;
            }
            Attempt attempt = latest.get(schedule.id());
            tests.add(new ScheduledTest(schedule.id(), quiz.id(), quiz.title(), quiz.kind(),
                    classes.getOrDefault(schedule.classId(), ""), schedule.opensAt(), schedule.closesAt(),
                    schedule.window(now), quiz.settings().timeLimitSeconds(), quiz.spec().size(),
                    attempt == null ? null : attempt.id(), attempt == null ? null : attempt.status()));
        }
        tests.sort(Comparator.comparingInt((ScheduledTest t) -> switch (t.window()) {
            case OPEN -> 0;
            case UPCOMING -> 1;
            case CLOSED -> 2;
        }).thenComparingLong(t -> t.window() == ScheduleWindow.CLOSED ? -t.closesAt().getEpochSecond()
                : t.opensAt().getEpochSecond()));
        return tests;
    }

    /** The school's practice and diagnostic tests, by title. */
    @PreAuthorize("hasAuthority('TESTS_TAKE')")
    @Transactional(readOnly = true)
    public List<PracticeTest> practiceTests() {
        VidyaPrincipal me = CurrentUser.get();
        List<Quiz> found = quizzes.findByKindInOrderByTitle(List.of(QuizKind.PRACTICE, QuizKind.DIAGNOSTIC)).stream()
                .filter(quiz -> quiz.openTo(me.userId())).toList();
        Map<UUID, List<Attempt>> mine = new HashMap<>();
        attempts.findByLearnerIdAndScopeIdIn(me.userId().value(), found.stream().map(Quiz::id).toList())
                .forEach(a -> mine.computeIfAbsent(a.quiz(), q -> new ArrayList<>()).add(a));
        return found.stream().map(quiz -> {
            List<Attempt> taken = mine.getOrDefault(quiz.id(), List.of());
            UUID going = taken.stream().filter(a -> a.status() == AttemptStatus.IN_PROGRESS).map(Attempt::id)
                    .findFirst().orElse(null);
            UUID last = taken.stream().filter(a -> a.status().submitted())
                    .max(Comparator.comparing(Attempt::number)).map(Attempt::id).orElse(null);
            return new PracticeTest(quiz.id(), quiz.title(), quiz.description(), quiz.kind(), quiz.spec().size(),
                    quiz.settings().timeLimitSeconds(), quiz.settings().attemptsAllowed(), taken.size(), going, last);
        }).toList();
    }

    /** The schedules of the classes the signed-in teacher teaches (an organization admin: all), newest window first. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public List<ScheduleView> schedulesITeach() {
        VidyaPrincipal me = CurrentUser.get();
        Map<UUID, String> classes = organization.classesTaughtBy(me.userId()).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
        List<Schedule> found = QuizService.isAdmin(me) ? schedules.findAll()
                : classes.isEmpty() ? List.of() : schedules.findByClassIdInOrderByOpensAt(classes.keySet());
        Map<UUID, Quiz> quizById = quizzes.findAllById(found.stream().map(Schedule::quizId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Quiz::id, Function.identity()));
        Instant now = clock.instant();
        return found.stream().filter(s -> quizById.containsKey(s.quizId()))
                .sorted(Comparator.comparing(Schedule::opensAt).reversed())
                .map(s -> {
                    Quiz quiz = quizById.get(s.quizId());
                    String name = classes.get(s.classId());
                    return new ScheduleView(s.id(), quiz.id(), quiz.title(), quiz.kind(), s.classId(),
                            name != null ? name : organization.className(new org.vidya.organization.ClassId(
                                    s.classId())).orElse(""), s.opensAt(), s.closesAt(), s.window(now), 0,
                            s.createdAt());
                }).toList();
    }

    private Map<UUID, Attempt> latest(VidyaPrincipal me, Set<UUID> scopes) {
        Map<UUID, Attempt> latest = new HashMap<>();
        if (scopes.isEmpty()) {
            return latest;
        }
        for (Attempt attempt : attempts.findByLearnerIdAndScopeIdIn(me.userId().value(), scopes)) {
            UUID schedule = attempt.scheduleUuid();
            if (schedule != null) {
                latest.merge(schedule, attempt, (a, b) -> a.number() >= b.number() ? a : b);
            }
        }
        return latest;
    }
}
