package org.vidya.assessment.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.quiz.QuizSeeding;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

/**
 * The demo tests in a school of its own: a practice test, a weekly test open now, and a
 * benchmark closed yesterday that the class took, with results; seeding again adds nothing.
 */
@ApiTest
class QuizDemoDataTests {

    @Autowired OrganizationManagement organization;
    @Autowired IdentityManagement identity;
    @Autowired ObjectProvider<ItemCatalog> catalog;
    @Autowired QuizSeeding seeding;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired TestData data;
    @Autowired Api api;

    @Test
    void seedsAPracticeAWeeklyAndATakenBenchmarkOnce() {
        TestTenant school = data.tenant("Demo school " + TestData.suffix(), TenantType.SCHOOL);
        Person teacher = data.member(school, "Anita Sharma", Role.TEACHER);
        UUID grade8 = data.schoolClass(school, "Grade 8 – A");
        data.inClass(school, grade8, teacher, ClassMember.ClassRole.TEACHER);
        for (String name : List.of("Aarav Patel", "Diya Sharma", "Vihaan Gupta", "Ananya Iyer")) {
            data.inClass(school, grade8, data.member(school, name, Role.LEARNER), ClassMember.ClassRole.LEARNER);
        }
        String bankName = "JEE Physics: Mechanics " + TestData.suffix();
        QuizFixtures fixtures = new QuizFixtures(api);
        String token = api.signIn(teacher).accessToken();
        fixtures.items(token, fixtures.bank(token, bankName), 14);
        QuizDemoData demo = new QuizDemoData(organization, identity, catalog, seeding, transactions, jdbc, clock,
                new QuizDemoData.Names(school.slug(), teacher.email(), bankName, "Grade 8 – A"));

        demo.seed();
        String first = snapshot(school);
        demo.seed();
        assertThat(snapshot(school)).as("seeding again adds nothing").isEqualTo(first);

        UUID tenant = school.id().value();
        assertThat(jdbc.queryForList("select kind from assessment_quiz where tenant_id = ? order by kind", String.class,
                tenant)).containsExactly("BENCHMARK", "PRACTICE", "WEEKLY");
        Instant now = clock.instant();
        List<java.util.Map<String, Object>> schedules = jdbc.queryForList("select q.kind, s.opens_at, s.closes_at"
                + " from assessment_schedule s join assessment_quiz q on q.id = s.quiz_id where s.tenant_id = ?"
                + " order by q.kind", tenant);
        assertThat(schedules).hasSize(2);
        assertThat(instant(schedules.get(0).get("closes_at"))).isBefore(now);
        assertThat(instant(schedules.get(1).get("opens_at"))).isBefore(now);
        assertThat(instant(schedules.get(1).get("closes_at"))).isAfter(now.plus(java.time.Duration.ofDays(6)));
        assertThat(jdbc.queryForList("select status from assessment_attempt where tenant_id = ? and status <> 'READY'",
                String.class, tenant)).hasSize(3).allMatch(s -> s.equals("GRADED") || s.equals("SUBMITTED"));
        List<Double> scores = jdbc.queryForList("select score from assessment_result where tenant_id = ?"
                + " and schedule_id is not null order by score desc", Double.class, tenant);
        assertThat(scores).hasSize(3);
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime t ? t.toInstant()
                : value instanceof java.sql.Timestamp t ? t.toInstant() : Instant.parse(value.toString());
    }

    private String snapshot(TestTenant school) {
        UUID tenant = school.id().value();
        return jdbc.queryForList("select id, title from assessment_quiz where tenant_id = ? order by id", tenant)
                + "\n" + jdbc.queryForList("select id from assessment_schedule where tenant_id = ? order by id", tenant)
                + "\n" + jdbc.queryForList("select id, status from assessment_attempt where tenant_id = ? order by id",
                        tenant);
    }
}
