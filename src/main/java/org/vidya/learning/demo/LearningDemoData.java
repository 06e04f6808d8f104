package org.vidya.learning.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.LessonOutline;
import org.vidya.identity.IdentityManagement;
import org.vidya.learning.domain.CourseAssignment;
import org.vidya.learning.domain.Enroller;
import org.vidya.learning.domain.ProgressEvent;
import org.vidya.learning.domain.ProgressRecorder;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TeamId;
import org.vidya.organization.TenantSummary;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;

/**
 * Demo learning for a first look, after the demo tenants and the demo courses exist: both
 * classes of the school get "Python Basics" with a due date (one already passed) and about half
 * of their learners have worked through some lessons; the company's team has it with a
 * manager's deadline that has passed, with one member still behind. Added once per group.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true")
class LearningDemoData {

    static final String SCHOOL = "sunrise";
    static final String COMPANY = "acme";
    static final String COURSE = "Python Basics";
    static final List<String> TEACHERS = List.of("anita.sharma@sunrise.example.org", "rahul.verma@sunrise.example.org");
    static final String MANAGER = "meera.manager@acme.example.com";

    private static final Logger log = LoggerFactory.getLogger(LearningDemoData.class);

    private final OrganizationManagement organization;
    private final IdentityManagement identity;
    private final CatalogManagement catalog;
    private final Enroller enroller;
    private final ProgressRecorder recorder;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LearningDemoData(OrganizationManagement organization, IdentityManagement identity, CatalogManagement catalog,
            Enroller enroller, ProgressRecorder recorder, TransactionTemplate transactions, Clock clock) {
        this.organization = organization;
        this.identity = identity;
        this.catalog = catalog;
        this.enroller = enroller;
        this.recorder = recorder;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void seed() {
        organization.tenantBySlug(SCHOOL).ifPresent(school -> Tenancy.runAs(school.id(),
                () -> transactions.executeWithoutResult(status -> seedSchool(school))));
        organization.tenantBySlug(COMPANY).ifPresent(company -> Tenancy.runAs(company.id(),
                () -> transactions.executeWithoutResult(status -> seedCompany(company))));
    }

    private void seedSchool(TenantSummary school) {
        Optional<CourseOutline> course = pythonBasics();
        if (course.isEmpty()) {
            log.info("No demo course '{}' in {}; no demo enrollments", COURSE, school.slug());
            return;
        }
        Instant now = clock.instant();
        for (int c = 0; c < TEACHERS.size(); c++) {
            Optional<UserId> teacher = identity.findByEmail(TEACHERS.get(c)).map(a -> a.id());
            if (teacher.isEmpty()) {
                continue;
            }
            for (GroupSummary group : organization.classesTaughtBy(teacher.get())) {
                ClassId classId = new ClassId(group.id());
                if (enroller.classAssignment(classId, course.get().id()).isPresent()) {
                    continue;
                }
                // The first class has three weeks to go; the second class's date passed two days ago.
                Instant due = c == 0 ? now.plus(Duration.ofDays(21)) : now.minus(Duration.ofDays(2));
                CourseAssignment assignment = enroller.assignToClass(classId, course.get().id(), due, teacher.get())
                        .assignment();
                List<GroupMember> learners = enroller.roster(assignment);
                // About half the class has started: the first learner is done, the others part of the way.
                int[] lessonsDone = {Integer.MAX_VALUE, 7, 4, 2, 1};
                for (int i = 0; i < Math.min(lessonsDone.length, learners.size()); i++) {
                    complete(learners.get(i).userId(), course.get(), lessonsDone[i]);
                }
                log.info("Demo: {} given to {} ({} learners)", COURSE, group.name(), learners.size());
            }
        }
    }

    private void seedCompany(TenantSummary company) {
        Optional<CourseOutline> course = pythonBasics();
        Optional<UserId> manager = identity.findByEmail(MANAGER).map(a -> a.id());
        if (course.isEmpty() || manager.isEmpty()) {
            return;
        }
        for (GroupSummary group : organization.teamsManagedBy(manager.get())) {
            TeamId team = new TeamId(group.id());
            if (enroller.teamAssignment(team, course.get().id()).isPresent()) {
                continue;
            }
            // The manager's deadline passed yesterday: everyone finished but the last member.
            CourseAssignment assignment = enroller.assignToTeam(team, course.get().id(),
                    clock.instant().minus(Duration.ofDays(1)), manager.get()).assignment();
            List<GroupMember> members = enroller.roster(assignment);
            for (int i = 0; i < members.size(); i++) {
                complete(members.get(i).userId(), course.get(), i < members.size() - 1 ? Integer.MAX_VALUE : 3);
            }
            log.info("Demo: {} assigned to team {} ({} members)", COURSE, group.name(), members.size());
        }
    }

    /** Completes the learner's first {@code count} lessons in reading order (all of them for MAX_VALUE). */
    private void complete(UserId learner, CourseOutline course, int count) {
        List<LessonOutline> lessons = course.lessons();
        for (int i = 0; i < Math.min(count, lessons.size()); i++) {
            recorder.record(learner, course.id(), lessons.get(i).id(), ProgressEvent.COMPLETE, 0, Locale.ENGLISH);
        }
    }

    private Optional<CourseOutline> pythonBasics() {
        return catalog.browse(new CatalogQuery(COURSE, null, null, null, null), Locale.ENGLISH).stream()
                .filter(c -> COURSE.equalsIgnoreCase(c.title()))
                .map(CourseSummary::id).findFirst()
                .flatMap(id -> catalog.publishedCourse(id, Locale.ENGLISH));
    }
}
