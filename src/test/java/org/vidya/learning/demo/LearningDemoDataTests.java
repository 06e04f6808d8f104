package org.vidya.learning.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.learning.LearningCourses;
import org.vidya.platform.TenantId;
import org.vidya.support.DemoApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo learning in the running application: the school's classes and the company's team have
 * "Python Basics" with due dates and progress, overdue learners included, and seeding again
 * adds nothing.
 */
@DemoApplicationTest
class LearningDemoDataTests {

    @Autowired LearningDemoData demo;
    @Autowired CatalogManagement catalog;
    @Autowired CourseAuthoring authoring;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void pythonBasicsIsPublished() {
        // Without the demo course package on the class path, the course is made here as the platform
        // would, and the demo seeded again; with it, the first start seeded already.
        LearningCourses.pythonBasics(catalog, authoring, new TenantId(tenant("sunrise")));
        demo.seed();
    }

    @Test
    void bothClassesOfTheSchoolHaveTheCourseWithDueDatesAndProgress() {
        UUID school = tenant("sunrise");
        assertThat(count("select count(*) from learning_course_assignment where tenant_id = ? and class_id is not null",
                school)).isEqualTo(2);
        assertThat(count("select count(*) from learning_course_assignment where tenant_id = ? and due_at < current_timestamp",
                school)).isEqualTo(1);
        long learners = count("select count(*) from learning_enrollment where tenant_id = ? and source = 'CLASS'", school);
        long started = count("select count(distinct learner_id) from learning_lesson_progress where tenant_id = ?"
                + " and completed_at is not null", school);
        assertThat(learners).isGreaterThanOrEqualTo(20);
        assertThat(started).isBetween(8L, 12L);
        assertThat(count("select count(*) from learning_enrollment where tenant_id = ? and completed_at is not null",
                school)).isEqualTo(2);
        assertThat(count("select count(*) from learning_enrollment where tenant_id = ? and deadline_style = 'ENFORCED'",
                school)).isEqualTo(learners);
    }

    @Test
    void theCompanysTeamHasAManagerSetDeadlineWithOneMemberOverdue() {
        UUID company = tenant("acme");
        assertThat(count("select count(*) from learning_course_assignment where tenant_id = ? and team_id is not null",
                company)).isEqualTo(1);
        List<Map<String, Object>> members = jdbc.queryForList("select deadline_style, due_at, completed_at"
                + " from learning_enrollment where tenant_id = ? and source = 'TEAM'", company);
        assertThat(members).hasSize(4).allSatisfy(m -> assertThat(m.get("deadline_style")).isEqualTo("MANAGER_SET"));
        assertThat(members).filteredOn(m -> m.get("completed_at") == null).hasSize(1);
    }

    @Test
    void seedingAgainAddsNothing() {
        String before = snapshot();
        demo.seed();
        demo.seed();
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return String.join(",", jdbc.queryForList("""
                select (select count(*) from learning_course_assignment) || '/' || (select count(*) from learning_enrollment)
                 || '/' || (select count(*) from learning_lesson_progress) || '/' || (select count(*) from learning_module_completion)
                 || '/' || (select count(*) from learning_enrollment where completed_at is not null)
                """, String.class));
    }

    private UUID tenant(String slug) {
        return jdbc.queryForObject("select id from organization_tenant where slug = ?", UUID.class, slug);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
