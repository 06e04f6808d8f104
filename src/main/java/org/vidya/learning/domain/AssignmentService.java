package org.vidya.learning.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.LessonId;
import org.vidya.learning.DeadlineStyle;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TeamId;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Permission;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Courses given to classes (by a teacher of the class) and teams (by their manager), with a due
 * date; org admins give courses to any class or team. Also the progress of a group, which is
 * another person's data and so audited.
 */
@Service
public class AssignmentService {

    /** An assignment as it is now, and how many learners the call enrolled. */
    public record AssignmentResult(AssignmentView assignment, int newlyEnrolled) {
    }

    private final CatalogManagement catalog;
    private final OrganizationManagement organization;
    private final CourseAssignments assignments;
    private final Enrollments enrollments;
    private final LessonProgresses progresses;
    private final Enroller enroller;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentService(CatalogManagement catalog, OrganizationManagement organization, CourseAssignments assignments,
            Enrollments enrollments, LessonProgresses progresses, Enroller enroller, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.assignments = assignments;
        this.enrollments = enrollments;
        this.progresses = progresses;
        this.enroller = enroller;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('COURSES_ASSIGN')")
    @Transactional
    public AssignmentResult assignToClass(ClassId classId, CourseId course, Instant dueAt, Locale locale) {
        String name = checkClass(classId);
        return assign("class", classId, name, course, dueAt, locale,
                (due, me) -> enroller.assignToClass(classId, course, due, me));
    }

    @PreAuthorize("hasAuthority('COURSES_ASSIGN')")
    @Transactional
    public AssignmentResult assignToTeam(TeamId team, CourseId course, Instant dueAt, Locale locale) {
        String name = checkTeam(team);
        return assign("team", team, name, course, dueAt, locale,
                (due, me) -> enroller.assignToTeam(team, course, due, me));
    }

    /** Gives a checked group the course, audits it, and answers the assignment with its group's name. */
    private AssignmentResult assign(String groupKind, Object groupId, String groupName, CourseId course,
            Instant dueAt, Locale locale, BiFunction<Instant, UserId, Enroller.AssignmentOutcome> give) {
        CourseSummary summary = assignable(course, locale);
        Instant due = DueDates.checked("dueAt", dueAt, clock.instant());
        UserId me = CurrentUser.id();
        Enroller.AssignmentOutcome outcome = give.apply(due, me);
        audit.record(AuditRecord.success(CurrentUser.tenant(), me, "learning.course-assigned", groupKind, groupId,
                "course " + course + " due " + due + ", " + outcome.newlyEnrolled() + " enrolled"));
        return new AssignmentResult(view(outcome.assignment(), summary.title(), groupName), outcome.newlyEnrolled());
    }

    /** Enrolls the learners who joined the class or team after the course was given. */
    @PreAuthorize("hasAuthority('COURSES_ASSIGN')")
    @Transactional
    public AssignmentResult sync(UUID assignmentId, Locale locale) {
        CourseAssignment assignment = assignments.findById(assignmentId)
                .orElseThrow(LearningProblems::assignmentNotFound);
        String group = checkGroup(assignment);
        CourseSummary summary = catalog.publishedCourse(assignment.courseId(), locale)
                .orElseThrow(LearningProblems::courseNotFound).summary();
        UserId me = CurrentUser.id();
        int enrolled = enroller.sync(assignment, me);
        audit.record(AuditRecord.success(CurrentUser.tenant(), me, "learning.assignment-synced", "assignment",
                assignment.id(), enrolled + " enrolled"));
        return new AssignmentResult(view(assignment, summary.title(), group), enrolled);
    }

    /** The assignments the signed-in person may manage: all for org admins, else their classes and teams. */
    @PreAuthorize("hasAuthority('COURSES_ASSIGN')")
    @Transactional(readOnly = true)
    public CursorPage<AssignmentView> list(@Nullable String cursor, @Nullable Integer limit, Locale locale) {
        VidyaPrincipal p = CurrentUser.get();
        int size = CursorPage.limit(limit);
        UUID after = CursorPage.after(cursor);
        List<CourseAssignment> rows;
        if (p.has(Permission.CLASSES_MANAGE) && p.has(Permission.TEAMS_MANAGE)) {
            rows = assignments.findByIdGreaterThanOrderById(after, Limit.of(size + 1));
        } else {
            rows = assignments.findForGroups(after, orNothing(ids(organization.classesTaughtBy(p.userId()))),
                    orNothing(ids(organization.teamsManagedBy(p.userId()))), Limit.of(size + 1));
        }
        boolean more = rows.size() > size;
        List<CourseAssignment> page = more ? rows.subList(0, size) : rows;
        return new CursorPage<>(views(page, locale),
                more ? CursorPage.encode(page.get(page.size() - 1).id()) : null);
    }

    /** The progress of a class in each course given to it (teachers of the class, org admins). */
    @PreAuthorize("hasAuthority('LEARNER_DATA_READ')")
    @Transactional(readOnly = true)
    public GroupProgress classProgress(ClassId classId, Locale locale) {
        String name = checkClass(classId);
        List<GroupMember> learners = organization.classLearners(classId);
        GroupProgress progress = new GroupProgress(classId.value(), name, courses(
                assignments.findByClassIdOrderByDueAt(classId.value()), name, learners, locale));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "learning.progress-read", "class",
                classId, "course progress of " + learners.size() + " learners"));
        return progress;
    }

    /** The progress of a team in each course given to it (its manager, org admins). */
    @PreAuthorize("hasAuthority('LEARNER_DATA_READ')")
    @Transactional(readOnly = true)
    public GroupProgress teamProgress(TeamId team, Locale locale) {
        String name = checkTeam(team);
        List<GroupMember> members = organization.teamMembers(team);
        GroupProgress progress = new GroupProgress(team.value(), name, courses(
                assignments.findByTeamIdOrderByDueAt(team.value()), name, members, locale));
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "learning.progress-read", "team",
                team, "course progress of " + members.size() + " members"));
        return progress;
    }

    /** The classes the signed-in person may give courses to and follow. */
    @PreAuthorize("hasAuthority('COURSES_ASSIGN')")
    @Transactional(readOnly = true)
    public List<GroupSummary> myClasses() {
        return organization.classesTaughtBy(CurrentUser.id());
    }

    @PreAuthorize("hasAuthority('COURSES_ASSIGN')")
    @Transactional(readOnly = true)
    public List<GroupSummary> myTeams() {
        return organization.teamsManagedBy(CurrentUser.id());
    }

    // ---- checks

    private String checkClass(ClassId classId) {
        String name = organization.className(classId).orElseThrow(LearningProblems::classNotFound);
        VidyaPrincipal p = CurrentUser.get();
        if (!p.has(Permission.CLASSES_MANAGE) && !organization.teachesClass(p.userId(), classId)) {
            throw ApiException.forbidden("not-your-class", "Only the class's teachers can do this.");
        }
        return name;
    }

    private String checkTeam(TeamId team) {
        String name = organization.teamName(team).orElseThrow(LearningProblems::teamNotFound);
        VidyaPrincipal p = CurrentUser.get();
        if (!p.has(Permission.TEAMS_MANAGE) && !organization.managesTeam(p.userId(), team)) {
            throw ApiException.forbidden("not-your-team", "Only the team's manager can do this.");
        }
        return name;
    }

    private String checkGroup(CourseAssignment assignment) {
        ClassId classId = assignment.classId();
        TeamId teamId = assignment.teamId();
        if (classId != null) {
            return checkClass(classId);
        }
        if (teamId != null) {
            return checkTeam(teamId);
        }
        throw LearningProblems.assignmentNotFound();
    }

    private CourseSummary assignable(CourseId course, Locale locale) {
        CourseSummary summary = catalog.publishedCourse(course, locale).orElseThrow(LearningProblems::courseNotFound)
                .summary();
        if (summary.paid() && !CurrentUser.get().has(Permission.COURSE_ACCESS_GRANT)) {
            throw ApiException.forbidden("paid-course-needs-grant",
                    "This course is paid; an admin gives it to learners.");
        }
        return summary;
    }

    // ---- views

    private List<GroupProgress.CourseRows> courses(List<CourseAssignment> given, String groupName,
            List<GroupMember> learners, Locale locale) {
        Instant now = clock.instant();
        Set<UUID> learnerIds = learners.stream().map(m -> m.userId().value()).collect(Collectors.toSet());
        return given.stream().map(a -> {
            Optional<CourseOutline> outline = catalog.publishedCourse(a.courseId(), locale);
            Map<UUID, Enrollment> byLearner = enrollments.findByCourseIdAndLearnerIdIn(a.courseId().value(), learnerIds)
                    .stream().filter(Enrollment::active)
                    .collect(Collectors.toMap(e -> e.learnerId().value(), Function.identity()));
            Map<UUID, Set<LessonId>> completed = progresses.findByCourseIdAndLearnerIdIn(a.courseId().value(),
                    learnerIds).stream().filter(LessonProgress::completed)
                    .collect(Collectors.groupingBy(p -> p.learnerIdValue(),
                            Collectors.mapping(LessonProgress::lessonId, Collectors.toSet())));
            List<GroupProgress.LearnerRow> rows = learners.stream()
                    .map(m -> row(m, a, byLearner.get(m.userId().value()), outline.orElse(null),
                            completed.getOrDefault(m.userId().value(), Set.of()), now))
                    .sorted(Comparator.comparing((GroupProgress.LearnerRow r) -> !r.overdue())
                            .thenComparing(GroupProgress.LearnerRow::percent)
                            .thenComparing(GroupProgress.LearnerRow::displayName))
                    .toList();
            return new GroupProgress.CourseRows(view(a, outline.map(o -> o.summary().title()).orElse(null), groupName),
                    outline.map(o -> o.lessons().size()).orElse(0), rows);
        }).toList();
    }

    private static GroupProgress.LearnerRow row(GroupMember member, CourseAssignment a, @Nullable Enrollment e,
            @Nullable CourseOutline outline, Set<LessonId> completed, Instant now) {
        CourseProgress p = outline == null ? new CourseProgress(0, 0) : CourseProgress.of(outline, completed);
        if (e == null) {
            // Not enrolled yet (joined after the course was given): the group's date still holds.
            DeadlineStyle style = a.classId() != null ? DeadlineStyle.ENFORCED : DeadlineStyle.MANAGER_SET;
            return new GroupProgress.LearnerRow(member.userId().value(), member.displayName(), false, p.percent(),
                    p.completed(), a.dueAt(), null, null, DeadlineRules.overdue(style, a.dueAt(), null, null, now));
        }
        return new GroupProgress.LearnerRow(member.userId().value(), member.displayName(), true, p.percent(),
                p.completed(), DeadlineRules.deadline(e.deadlineStyle(), e.dueAt(), e.targetAt()), e.lastActivityAt(),
                e.completedAt(), DeadlineRules.overdue(e.deadlineStyle(), e.dueAt(), e.targetAt(), e.completedAt(), now));
    }

    private List<AssignmentView> views(List<CourseAssignment> page, Locale locale) {
        Map<CourseId, CourseSummary> courses = catalog.summaries(page.stream().map(CourseAssignment::courseId)
                .collect(Collectors.toSet()), locale);
        return page.stream().map(a -> {
            CourseSummary c = courses.get(a.courseId());
            return view(a, c == null ? null : c.title(), groupName(a));
        }).toList();
    }

    private String groupName(CourseAssignment a) {
        ClassId classId = a.classId();
        TeamId teamId = a.teamId();
        Optional<String> name = classId != null ? organization.className(classId)
                : teamId != null ? organization.teamName(teamId) : Optional.empty();
        return name.orElse("");
    }

    private static AssignmentView view(CourseAssignment a, @Nullable String courseTitle, String groupName) {
        return new AssignmentView(a.id(), a.courseId().value(), courseTitle,
                a.classId() == null ? null : a.classId().value(), a.teamId() == null ? null : a.teamId().value(),
                groupName, a.dueAt(), a.assignedBy().value(), a.createdAt());
    }

    private static List<UUID> ids(Collection<GroupSummary> groups) {
        return groups.stream().map(GroupSummary::id).toList();
    }

    // An empty "in ()" is not valid SQL everywhere; a random id matches nothing.
    private static Collection<UUID> orNothing(List<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0L, 0L)) : ids;
    }
}
