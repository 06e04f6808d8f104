package org.vidya.catalog.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CoursePublished;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.CourseUnpublished;
import org.vidya.catalog.LessonBlock;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.platform.ApiException;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts, publishing and what learners see, through the services. */
@ApiTest
@RecordApplicationEvents
class PublishingTests {

    @Autowired Courses courses;
    @Autowired TestData data;
    @Autowired CatalogManagement catalog;
    @Autowired ApplicationEvents events;

    @Test
    void aDraftIsNeverVisibleToLearners() {
        TenantId tenant = data.tenant().id();
        CourseDraft draft = courses.draft(tenant, "Hidden draft", 1, 2);
        Tenancy.runAs(tenant, () -> {
            assertThat(catalog.publishedCourse(draft.id(), Locale.ENGLISH)).isEmpty();
            assertThat(catalog.browse(CatalogQuery.all(), Locale.ENGLISH)).extracting(CourseSummary::id)
                    .doesNotContain(draft.id());
            assertThat(catalog.summaries(List.of(draft.id()), Locale.ENGLISH)).isEmpty();
        });
    }

    @Test
    void publishingMakesTheDraftVisibleAndRecordsAnEvent() {
        TenantId tenant = data.tenant().id();
        CourseOutline outline = courses.publish(tenant, "Published course", 2, 3);
        assertThat(outline.version()).isEqualTo(1);
        assertThat(outline.modules()).hasSize(2);
        assertThat(outline.lessons()).hasSize(6);
        assertThat(outline.summary().owner()).isEqualTo(tenant);
        assertThat(events.stream(CoursePublished.class))
                .anyMatch(e -> e.course().equals(outline.id()) && e.version() == 1 && e.owner().equals(tenant));
        LessonContent lesson = Tenancy.callAs(tenant, () -> catalog.publishedLesson(outline.id(),
                outline.lessons().get(0).id(), Locale.ENGLISH)).orElseThrow();
        assertThat(lesson.blocks()).hasSize(4);
        assertThat(((LessonBlock.Markdown) lesson.blocks().get(0)).html()).contains("<h2>", "<strong>top to bottom</strong>");
    }

    @Test
    void editingAPublishedCourseChangesOnlyTheDraftUntilRepublished() {
        TenantId tenant = data.tenant().id();
        CourseOutline outline = courses.publish(tenant, "Stable course", 1, 1);
        CourseDraft changed = courses.as(tenant, () -> {
            CourseDraft draft = courses.authoring().course(outline.id());
            courses.authoring().renameModule(outline.id(), draft.modules().get(0).id(), Map.of("en", "Renamed"));
            return courses.authoring().course(outline.id());
        });
        assertThat(changed.changedSincePublish()).isTrue();
        assertThat(courses.outline(tenant, outline.id()).modules().get(0).title()).startsWith("Module 1");
        courses.as(tenant, () -> courses.authoring().publish(outline.id()));
        CourseOutline republished = courses.outline(tenant, outline.id());
        assertThat(republished.version()).isEqualTo(2);
        assertThat(republished.modules().get(0).title()).isEqualTo("Renamed");
        assertThat(republished.lessons()).extracting(LessonOutline::id)
                .containsExactlyElementsOf(outline.lessons().stream().map(LessonOutline::id).toList());
    }

    @Test
    void unpublishingWithdrawsTheCourse() {
        TenantId tenant = data.tenant().id();
        CourseOutline outline = courses.publish(tenant, "Withdrawn course", 1, 1);
        courses.as(tenant, () -> courses.authoring().unpublish(outline.id()));
        assertThat(Tenancy.callAs(tenant, () -> catalog.publishedCourse(outline.id(), Locale.ENGLISH))).isEmpty();
        assertThat(events.stream(CourseUnpublished.class)).anyMatch(e -> e.course().equals(outline.id()));
        assertThatThrownBy(() -> courses.as(tenant, () -> courses.authoring().unpublish(outline.id())))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("not-published"));
    }

    @Test
    void platformCoursesAreSeenByEveryTenant() {
        CourseOutline outline = courses.publish(TenantId.PLATFORM, "Everyone's course", 1, 1);
        TenantId a = data.tenant().id();
        TenantId b = data.tenant().id();
        assertThat(courses.outline(a, outline.id()).summary().platformWide()).isTrue();
        assertThat(courses.outline(b, outline.id()).lessons()).hasSize(1);
        for (TenantId tenant : List.of(a, b)) {
            assertThat(Tenancy.callAs(tenant, () -> catalog.browse(CatalogQuery.all(), Locale.ENGLISH)))
                    .extracting(CourseSummary::id).contains(outline.id());
            assertThatThrownBy(() -> courses.as(tenant, () -> courses.authoring().course(outline.id())))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("course-not-found"));
        }
    }
}
