package org.vidya.catalog.demo;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CoursePackages;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo courses become published platform-wide courses, once. */
@ApiTest
class CatalogDemoDataTests {

    @Autowired CoursePackages packages;
    @Autowired CourseAuthoring authoring;
    @Autowired ResourcePatternResolver resources;
    @Autowired CatalogManagement catalog;
    @Autowired Courses courses;
    @Autowired TestData data;

    @Test
    void importsEachCourseOnceAsAPublishedPlatformCourse() {
        CatalogDemoData demo = new CatalogDemoData(packages, authoring, resources,
                "classpath*:catalog/courses/*.json");
        demo.seed();
        demo.seed();
        CourseId id = courses.as(TenantId.PLATFORM, () -> authoring.courseBySlug("counting-in-binary")).orElseThrow();
        assertThat(courses.as(TenantId.PLATFORM, () -> authoring.courses()).stream()
                .filter(c -> c.slug().startsWith("counting-in-binary"))).hasSize(1);
        TenantId school = data.tenant().id();
        List<CourseSummary> seen = Tenancy.callAs(school, () -> catalog.browse(CatalogQuery.all(), Locale.ENGLISH));
        assertThat(seen).filteredOn(s -> s.id().equals(id)).singleElement()
                .satisfies(s -> {
                    assertThat(s.platformWide()).isTrue();
                    assertThat(s.title()).isEqualTo("Counting in Binary");
                    assertThat(s.lessons()).isEqualTo(3);
                });
        // Other tests share this database: leave the platform's catalog as it was found.
        courses.as(TenantId.PLATFORM, () -> authoring.unpublish(id));
    }
}
