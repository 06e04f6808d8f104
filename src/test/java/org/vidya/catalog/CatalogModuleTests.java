package org.vidya.catalog;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.platform.Tenancy;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's events, each published with the state change it announces. */
@ApiTest
@EnableScenarios
class CatalogModuleTests {

    @Autowired TestData data;
    @Autowired Courses courses;

    TestTenant school;
    CourseDraft draft;

    @BeforeEach
    void aDraftCourse() {
        school = data.tenant();
        draft = courses.draft(school.id(), "Scenario course " + TestData.suffix(), 1, 2);
    }

    @Test
    void publishesCoursePublishedWithEachNewVersion(Scenario scenario) {
        // The scenario's transaction starts in the author's tenant, as a request's would.
        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> courses.as(school.id(),
                        () -> courses.authoring().publish(draft.id())))
                .andWaitForEventOfType(CoursePublished.class)
                .matching(e -> e.course().equals(draft.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.owner()).isEqualTo(school.id());
                    assertThat(e.version()).isEqualTo(1);
                }));

        // A changed draft published again is the next version.
        courses.as(school.id(), () -> courses.authoring().addModule(draft.id(), Map.of("en", "Review")));
        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> courses.as(school.id(),
                        () -> courses.authoring().publish(draft.id())))
                .andWaitForEventOfType(CoursePublished.class)
                .matching(e -> e.course().equals(draft.id()) && e.version() == 2)
                .toArrive());
    }

    @Test
    void publishesCourseUnpublishedWhenACourseIsWithdrawn(Scenario scenario) {
        courses.as(school.id(), () -> courses.authoring().publish(draft.id()));

        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> courses.as(school.id(),
                        () -> courses.authoring().unpublish(draft.id())))
                .andWaitForEventOfType(CourseUnpublished.class)
                .matching(e -> e.course().equals(draft.id()) && e.owner().equals(school.id()))
                .toArrive());
    }
}
