package org.vidya.coursework.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseSummary;
import org.vidya.coursework.SubmissionGraded;
import org.vidya.coursework.domain.Assignment;
import org.vidya.coursework.domain.AssignmentSpec;
import org.vidya.coursework.domain.Assignments;
import org.vidya.coursework.domain.LatePolicy;
import org.vidya.coursework.domain.Penalty;
import org.vidya.coursework.domain.Rubric;
import org.vidya.coursework.domain.Submission;
import org.vidya.coursework.domain.SubmissionAttempts;
import org.vidya.coursework.domain.SubmissionContent;
import org.vidya.coursework.domain.SubmissionType;
import org.vidya.coursework.domain.Submissions;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.learning.EnrolledLearner;
import org.vidya.learning.LearningManagement;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TenantSummary;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * Demo coursework for a first look, once the demo courses and enrollments exist: in the school,
 * "Temperature converter" on Python Basics (due three days ago, with a rubric) with work from
 * four learners: one graded and released with feedback, one handed in late and graded but not
 * yet released, two waiting to be graded; and "Projectile problem set" on JEE Physics: Mechanics,
 * due in ten days. An assignment that already exists is left alone, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true")
class CourseworkDemoData {

    static final String SCHOOL = "sunrise";
    static final String PYTHON = "Python Basics";
    static final String PHYSICS = "JEE Physics: Mechanics";
    static final String CONVERTER = "Temperature converter";
    static final String PROJECTILES = "Projectile problem set";
    static final String TEACHER = "anita.sharma@sunrise.example.org";

    /** Who hands in what: released, late (graded, not released), and two waiting. */
    static final List<String> LEARNERS = List.of("Diya Sharma", "Ananya Iyer", "Vihaan Gupta", "Arjun Reddy");

    private static final Logger log = LoggerFactory.getLogger(CourseworkDemoData.class);

    private final OrganizationManagement organization;
    private final IdentityManagement identity;
    private final CatalogManagement catalog;
    private final LearningManagement learning;
    private final Assignments assignments;
    private final Submissions submissions;
    private final SubmissionAttempts attempts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Names names;

    /** Where the demo goes: the school's slug, the teacher's e-mail address and the two courses' titles. */
    record Names(String school, String teacher, String python, String physics) {

        static final Names DEMO = new Names(SCHOOL, TEACHER, PYTHON, PHYSICS);
    }

    @Autowired
    CourseworkDemoData(OrganizationManagement organization, IdentityManagement identity, CatalogManagement catalog,
            LearningManagement learning, Assignments assignments, Submissions submissions,
            SubmissionAttempts attempts, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this(organization, identity, catalog, learning, assignments, submissions, attempts, events, transactions,
                clock, Names.DEMO);
    }

    CourseworkDemoData(OrganizationManagement organization, IdentityManagement identity, CatalogManagement catalog,
            LearningManagement learning, Assignments assignments, Submissions submissions,
            SubmissionAttempts attempts, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock, Names names) {
        this.names = names;
        this.organization = organization;
        this.identity = identity;
        this.catalog = catalog;
        this.learning = learning;
        this.assignments = assignments;
        this.submissions = submissions;
        this.attempts = attempts;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(300)
    void seed() {
        Optional<TenantSummary> school = organization.tenantBySlug(names.school());
        Optional<AccountSummary> teacher = identity.findByEmail(names.teacher());
        if (school.isEmpty() || teacher.isEmpty()) {
            return;
        }
        Tenancy.runAs(school.get().id(), () -> transactions.executeWithoutResult(status -> {
            course(names.python()).ifPresentOrElse(course -> converter(school.get().id(), course, teacher.get().id()),
                    () -> log.info("No demo course '{}'; no demo assignment on it", names.python()));
            course(names.physics()).ifPresentOrElse(course -> projectiles(course, teacher.get().id()),
                    () -> log.info("No demo course '{}'; no demo assignment on it", names.physics()));
        }));
    }

    private void converter(TenantId tenant, CourseId course, UserId teacher) {
        if (exists(course, CONVERTER)) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant due = now.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(17));
        Rubric rubric = Rubric.of(List.of(
                new Rubric.CriterionDraft("Correctness", "Both conversions give the right result for every input",
                        List.of(level(10, "Right for every value, including negatives and decimals"),
                                level(6, "Right for whole numbers, wrong for some decimals or negatives"),
                                level(2, "The formulas are there but the results are wrong"))),
                new Rubric.CriterionDraft("Readability", "Another learner can follow the program without asking",
                        List.of(level(5, "Clear function and variable names, a docstring for each function"),
                                level(3, "It works, but names like x and y hide what the values mean"),
                                level(1, "Hard to follow: everything in one long expression"))),
                new Rubric.CriterionDraft("Testing", "The program checks its own answers",
                        List.of(level(5, "Checks freezing, boiling and -40, where both scales meet"),
                                level(3, "Checks one or two values"),
                                level(0, "No checks")))));
        Assignment assignment = assignments.save(new Assignment(course, new AssignmentSpec(CONVERTER,
                CONVERTER_INSTRUCTIONS, Set.of(SubmissionType.TEXT, SubmissionType.FILE), new BigDecimal("20"), due,
                LatePolicy.ACCEPT, new BigDecimal("5"), due.plus(Duration.ofDays(7)), rubric, true), teacher,
                due.minus(Duration.ofDays(10))));

        Map<String, UserId> learners = new LinkedHashMap<>();
        for (EnrolledLearner e : learning.enrolledLearners(course)) {
            if (LEARNERS.contains(e.displayName())) {
                learners.put(e.displayName(), e.userId());
            }
        }
        UserId released = learners.get(LEARNERS.get(0));
        if (released != null) {
            Submission s = handIn(assignment, released, due.minus(Duration.ofDays(1)), DIYA);
            Rubric.Scored scored = rubric.score(picks(rubric, 0, 0, 1));
            s.grade(scored.points(), scored.picks(), "Both conversions are right, and your checks at 0, 100 and -40 "
                    + "show you tested the edge where the scales meet. Next time add a docstring to f_to_c as well: "
                    + "you wrote a good one for c_to_f.", teacher, due.plus(Duration.ofDays(1)));
            Instant at = due.plus(Duration.ofDays(1)).plus(Duration.ofHours(2));
            Penalty penalty = assignment.deadline().penalty(scored.points(), assignment.maxPoints(), s.submittedAt());
            s.release(penalty, false, teacher, at);
            events.publishEvent(new SubmissionGraded(s.submissionId(), assignment.assignmentId(), s.learner(),
                    course, tenant, penalty.finalPoints(),
                    assignment.maxPoints(), false, at));
        }
        UserId late = learners.get(LEARNERS.get(1));
        if (late != null) {
            Submission s = handIn(assignment, late, due.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), ANANYA);
            Rubric.Scored scored = rubric.score(picks(rubric, 1, 1, 2));
            s.grade(scored.points(), scored.picks(), "Your c_to_f works for whole numbers, but f_to_c uses integer "
                    + "division in one place: try f_to_c(98.6). Add at least one check with assert.", teacher,
                    now.minus(Duration.ofHours(5)));
        }
        UserId onTime = learners.get(LEARNERS.get(2));
        if (onTime != null) {
            handIn(assignment, onTime, due.minus(Duration.ofHours(2)), VIHAAN);
        }
        UserId lastMinute = learners.get(LEARNERS.get(3));
        if (lastMinute != null) {
            handIn(assignment, lastMinute, due.minus(Duration.ofMinutes(4)), ARJUN);
        }
        log.info("Demo: assignment '{}' with {} submissions", CONVERTER, learners.size());
    }

    private void projectiles(CourseId course, UserId teacher) {
        if (exists(course, PROJECTILES)) {
            return;
        }
        Instant now = clock.instant();
        Instant due = now.plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(17));
        assignments.save(new Assignment(course, new AssignmentSpec(PROJECTILES, PROJECTILE_INSTRUCTIONS,
                Set.of(SubmissionType.FILE, SubmissionType.TEXT), new BigDecimal("30"), due, LatePolicy.ACCEPT,
                new BigDecimal("10"), due.plus(Duration.ofDays(3)), null, true), teacher,
                now.truncatedTo(ChronoUnit.MINUTES)));
        log.info("Demo: assignment '{}'", PROJECTILES);
    }

    private Submission handIn(Assignment assignment, UserId learner, Instant at, String text) {
        Submission submission = new Submission(assignment, learner, at);
        var attempt = submission.handIn(new SubmissionContent.Text(text), at);
        submission = submissions.save(submission);
        attempts.save(attempt);
        return submission;
    }

    private boolean exists(CourseId course, String title) {
        return assignments.findByCourseIdOrderByDueAtAscIdAsc(course.value()).stream()
                .anyMatch(a -> a.title().equals(title));
    }

    private Optional<CourseId> course(String title) {
        return catalog.browse(new CatalogQuery(title, null, null, null, null), Locale.ENGLISH).stream()
                .filter(c -> title.equalsIgnoreCase(c.title())).map(CourseSummary::id).findFirst();
    }

    private static Rubric.LevelDraft level(int points, String description) {
        return new Rubric.LevelDraft(BigDecimal.valueOf(points), description);
    }

    /** The level at {@code index} of each criterion, in order. */
    private static Map<UUID, UUID> picks(Rubric rubric, int... index) {
        Map<UUID, UUID> picks = new LinkedHashMap<>();
        for (int i = 0; i < index.length; i++) {
            Rubric.Criterion c = rubric.criteria().get(i);
            picks.put(c.id(), c.levels().get(index[i]).id());
        }
        return picks;
    }

    static final String CONVERTER_INSTRUCTIONS = """
            Write a small Python program that converts temperatures between Celsius and Fahrenheit.

            ## What to write

            1. A function `c_to_f(celsius)` that returns the temperature in Fahrenheit: **F = C × 9/5 + 32**.
            2. A function `f_to_c(fahrenheit)` that does the opposite: **C = (F − 32) × 5/9**.
            3. A few lines that call both functions and print the results, for example `100 °C = 212.0 °F`.

            ## Check your work

            Before you hand in, test your functions with values you can check by heart:

            | Celsius | Fahrenheit |
            |---|---|
            | 0 | 32 |
            | 100 | 212 |
            | -40 | -40 |
            | 37 | 98.6 |

            Use `assert` statements, for example `assert c_to_f(100) == 212`. For 37 °C compare with
            `round(c_to_f(37), 1)`: numbers with a decimal point are rarely exact in a computer.

            ## How to hand in

            Paste your program as text, or upload your `.py` file. Name your functions and variables so
            that someone else can read the program without asking you. The rubric below shows how it is graded.
            """;

    static final String PROJECTILE_INSTRUCTIONS = """
            Solve the three problems below. Show every step: the equations you start from, the values you
            substitute and the unit of every answer. Take **g = 9.8 m/s²** and ignore air resistance.

            1. A ball is thrown horizontally at 15 m/s from the top of a cliff 45 m high. How long does it
               take to reach the ground, and how far from the foot of the cliff does it land?
            2. A projectile is launched from level ground at 20 m/s, 30° above the horizontal. Find its time
               of flight, its greatest height and its horizontal range.
            3. Starting from the range formula **R = u² sin 2θ / g**, show that for a given launch speed the
               range on level ground is greatest at 45°, and that the angles θ and 90° − θ give the same range.

            Hand in a scan or photo of your worked solutions as a PDF or image, or type them as text.
            Late work loses 10% of the points for each started day, and nothing is accepted more than
            three days after the due date.
            """;

    static final String DIYA = """
            def c_to_f(celsius):
                \"\"\"Return the temperature in degrees Fahrenheit.\"\"\"
                return celsius * 9 / 5 + 32


            def f_to_c(fahrenheit):
                return (fahrenheit - 32) * 5 / 9


            assert c_to_f(0) == 32
            assert c_to_f(100) == 212
            assert c_to_f(-40) == -40
            assert round(f_to_c(98.6), 1) == 37.0

            for celsius in (0, 37, 100):
                print(f"{celsius} °C = {c_to_f(celsius)} °F")
            """;

    static final String ANANYA = """
            def c_to_f(c):
                return c * 9 / 5 + 32

            def f_to_c(f):
                return (f - 32) * 5 // 9

            print(c_to_f(100))
            print(f_to_c(212))
            """;

    static final String VIHAAN = """
            def celsius_to_fahrenheit(celsius):
                \"\"\"Convert degrees Celsius to degrees Fahrenheit.\"\"\"
                return celsius * 9 / 5 + 32


            def fahrenheit_to_celsius(fahrenheit):
                \"\"\"Convert degrees Fahrenheit to degrees Celsius.\"\"\"
                return (fahrenheit - 32) * 5 / 9


            assert celsius_to_fahrenheit(100) == 212
            assert fahrenheit_to_celsius(32) == 0
            print("Water boils at", celsius_to_fahrenheit(100), "°F")
            """;

    static final String ARJUN = """
            x = float(input("Temperature in C: "))
            y = x * 9 / 5 + 32
            print(y)
            """;
}
