package org.vidya.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseImages;
import org.vidya.catalog.domain.TrackAuthoring;
import org.vidya.identity.IdentityManagement;
import org.vidya.learning.domain.Enroller;
import org.vidya.learning.domain.ProgressRecorder;
import org.vidya.organization.domain.ClassMembers;
import org.vidya.organization.domain.GuardianLinks;
import org.vidya.organization.domain.Invitations;
import org.vidya.organization.domain.Memberships;
import org.vidya.organization.domain.SchoolClasses;
import org.vidya.organization.domain.TeamMembers;
import org.vidya.organization.domain.Teams;
import org.vidya.organization.domain.Tenants;

/** A clock tests can move, and {@link TestData} to make tenants and people with. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDataConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    TestData testData(IdentityManagement identity, Tenants tenants, Memberships memberships, SchoolClasses classes,
            ClassMembers classMembers, Teams teams, TeamMembers teamMembers, GuardianLinks guardianLinks,
            Invitations invitations, TransactionTemplate transactions, JdbcTemplate jdbc, TestClock clock) {
        return new TestData(identity, tenants, memberships, classes, classMembers, teams, teamMembers, guardianLinks,
                invitations, transactions, jdbc, clock);
    }

    @Bean
    Courses testCourses(CourseAuthoring authoring, TrackAuthoring tracks, CourseImages images,
            CatalogManagement catalog) {
        return new Courses(authoring, tracks, images, catalog);
    }

    @Bean
    Enrollments testEnrollments(Enroller enroller, ProgressRecorder progress) {
        return new Enrollments(enroller, progress);
    }
}
