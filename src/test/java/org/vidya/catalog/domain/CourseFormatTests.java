package org.vidya.catalog.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and writing course.json: every rule of docs/course-format.md, reported by JSON path. */
class CourseFormatTests {

    static byte[] sample() {
        try (InputStream in = CourseFormatTests.class.getResourceAsStream("/catalog/courses/counting-in-binary.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String minimal(String course) {
        return """
                {"format":"vidya-course","formatVersion":1,"defaultLocale":"en","course":%s}""".formatted(course);
    }

    static final String LESSON = """
            {"title":{"en":"L"},"kind":"CONCEPT_INTRO","estimatedMinutes":5,"blocks":[{"type":"markdown","text":{"en":"Hi"}}]}""";

    static String course(String extra, String modules) {
        return """
                {"slug":"s","title":{"en":"T"},"level":"BEGINNER","category":"C","estimatedHours":1,"paid":false,
                 "enrollment":"OPEN"%s,"modules":%s}""".formatted(extra, modules);
    }

    @Test
    void readsACourse() {
        CourseDocument document = CourseFormat.read(sample());
        CourseDocument.Course course = document.course();
        assertThat(document.defaultLocale()).isEqualTo("en");
        assertThat(course.slug()).isEqualTo("counting-in-binary");
        assertThat(course.level()).isEqualTo(CourseLevel.BEGINNER);
        assertThat(course.enrollment()).isEqualTo(EnrollmentPolicy.OPEN);
        assertThat(course.track().domain().slug()).isEqualTo("computer-science");
        assertThat(course.modules()).hasSize(2);
        assertThat(course.lessons()).extracting(CourseDocument.Lesson::kind)
                .containsExactly(LessonKind.CONCEPT_INTRO, LessonKind.GUIDED_DISCOVERY, LessonKind.CODE_ALONG);
        assertThat(course.lessons().get(0).blocks()).extracting(BlockContent::type)
                .containsExactly("markdown", "image", "callout");
        assertThat(course.id()).isNull();
    }

    @Test
    void writesWhatItReadsWithOrWithoutIds() {
        CourseDocument read = CourseFormat.read(sample());
        CourseDocument.Course c = read.course();
        UUID id = UUID.randomUUID();
        CourseDocument withIds = new CourseDocument(read.defaultLocale(), new CourseDocument.Course(id, c.slug(),
                c.title(), c.description(), c.level(), c.category(), c.estimatedHours(), c.paid(), c.price(),
                c.enrollment(), c.track(), c.modules()));
        CourseDocument again = CourseFormat.read(CourseFormat.write(withIds, true));
        assertThat(again.course().id()).isEqualTo(id);
        assertThat(again.course().modules()).isEqualTo(c.modules());
        assertThat(again.course().title()).isEqualTo(c.title());
        String withoutIds = new String(CourseFormat.write(withIds, false), StandardCharsets.UTF_8);
        assertThat(withoutIds).doesNotContain(id.toString()).doesNotContain("\"id\"");
    }

    @Test
    void refusesMalformedJson() {
        assertThat(errors("{\"format\": ")).extracting(FieldViolation::code).containsExactly("malformed-json");
    }

    @Test
    void refusesAnotherFormatOrVersion() {
        String json = minimal(course("", "[]")).replace("\"formatVersion\":1", "\"formatVersion\":2")
                .replace("vidya-course", "moodle-course");
        assertThat(errors(json)).extracting(FieldViolation::field, FieldViolation::code).contains(
                org.assertj.core.groups.Tuple.tuple("format", "unknown-format"),
                org.assertj.core.groups.Tuple.tuple("formatVersion", "unsupported-version"));
    }

    @Test
    void reportsEveryProblemByItsPath() {
        String lesson = """
                {"title":{"hi":"केवल हिंदी"},"kind":"LECTURE","estimatedMinutes":0,"conceptKeys":["Bad Key"],
                 "blocks":[{"type":"video"},{"type":"callout","style":"danger","text":{"en":"x"}},
                           {"type":"code","language":"python"},{"type":"image","asset":"../etc/passwd","alt":{"en":"a"}}]}""";
        String json = minimal(course(",\"colour\":\"red\"", "[{\"title\":{\"en\":\"M\"},\"lessons\":[" + lesson + "]}]")
                .replace("\"level\":\"BEGINNER\"", "\"level\":\"GURU\""));
        List<FieldViolation> errors = errors(json);
        String at = "course.modules[0].lessons[0]";
        assertThat(errors).extracting(FieldViolation::field).contains("course.colour", "course.level",
                at + ".title.en", at + ".kind", at + ".estimatedMinutes", at + ".conceptKeys[0]",
                at + ".blocks[0].type", at + ".blocks[1].style", at + ".blocks[2].code", at + ".blocks[3].asset");
    }

    @Test
    void aPaidCourseIsAlwaysKey() {
        String json = minimal(course("", "[]").replace("\"paid\":false", "\"paid\":true,\"price\":10"));
        assertThat(errors(json)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("course.enrollment", "paid-needs-key"));
        String free = minimal(course("", "[]").replace("\"paid\":false", "\"paid\":false,\"price\":10"));
        assertThat(errors(free)).extracting(FieldViolation::code).containsExactly("free-course-price");
    }

    @Test
    void holdsToTheLimits() {
        String modules = "[" + String.join(",", java.util.Collections.nCopies(51,
                "{\"title\":{\"en\":\"M\"},\"lessons\":[]}")) + "]";
        assertThat(errors(minimal(course("", modules)))).extracting(FieldViolation::code).containsExactly("too-many");
        String lessons = "[{\"title\":{\"en\":\"M\"},\"lessons\":[" + String.join(",",
                java.util.Collections.nCopies(201, LESSON)) + "]}]";
        assertThat(errors(minimal(course("", lessons)))).extracting(FieldViolation::field)
                .containsExactly("course.modules[0].lessons");
        String longText = "{\"title\":{\"en\":\"M\"},\"lessons\":[" + LESSON.replace("\"Hi\"",
                "\"" + "x".repeat(Rules.MAX_TEXT + 1) + "\"") + "]}";
        assertThat(errors(minimal(course("", "[" + longText + "]")))).extracting(FieldViolation::code)
                .containsExactly("too-long");
        assertThat(errors(new byte[CourseFormat.MAX_JSON_BYTES + 1])).extracting(FieldViolation::code)
                .containsExactly("too-large");
    }

    @Test
    void keepsMarkupAsWrittenInTexts() {
        String json = minimal(course("", "[{\"title\":{\"en\":\"<img src=x onerror=alert(1)>\"},\"lessons\":["
                + LESSON.replace("\"Hi\"", "\"<script>alert(1)</script>\"") + "]}]"));
        CourseDocument document = CourseFormat.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(document.course().modules().get(0).title().defaultText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(((BlockContent.MarkdownText) document.course().lessons().get(0).blocks().get(0)).text()
                .defaultText()).isEqualTo("<script>alert(1)</script>");
    }

    private static List<FieldViolation> errors(String json) {
        return errors(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<FieldViolation> errors(byte[] json) {
        try {
            CourseFormat.read(json);
        } catch (ApiException e) {
            assertThat(e.status().value()).isEqualTo(400);
            return e.errors();
        }
        throw new AssertionError("expected the course to be refused");
    }
}
