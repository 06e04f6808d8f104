package org.vidya.catalog.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring.BlockDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.LessonDraft;
import org.vidya.catalog.domain.CourseAuthoring.LessonRow;
import org.vidya.platform.Role;
import org.vidya.support.Courses;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

@PageTest
class LessonEditorPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;

    // The page tests share one context, whose platform tenant list shows the oldest tenants first:
    // a class makes its tenants once, so that other classes' tenants stay on that list's first page.
    static TestTenant school;

    @BeforeEach
    void oneTenantForTheClass() {
        if (school == null) {
            school = data.tenant();
        }
    }

    @Test
    void scriptInMarkdownAndTitlesIsShownAsInertTextOnThePreview() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Inert " + TestData.suffix(), 1, 1);
        LessonRow lesson = course.modules().getFirst().lessons().getFirst();
        String editor = "/authoring/courses/" + course.id() + "/lessons/" + lesson.id();

        mvc.perform(post(editor).with(csrf()).with(as(author)).param("title.en", "<script>alert('title')</script>")
                .param("kind", "CHALLENGE").param("estimatedMinutes", "20")).andExpect(redirectedUrl(editor));
        mvc.perform(multipart(editor + "/blocks").with(csrf()).with(as(author)).param("type", "markdown")
                .param("text.en", "## Hello\n<script>alert('markdown')</script>\n\n<img src=x onerror=\"alert('img')\">"
                        + "\n\n[click](javascript:alert('link'))")).andExpect(redirectedUrl(editor));
        mvc.perform(multipart(editor + "/blocks").with(csrf()).with(as(author)).param("type", "callout")
                .param("style", "warning").param("text.en", "<b onmouseover=\"alert('callout')\">Careful</b>"))
                .andExpect(redirectedUrl(editor));

        Document preview = html(mvc.perform(get(editor + "/preview").with(as(author))).andExpect(status().isOk())
                .andReturn());
        Element lessonView = preview.selectFirst("[data-testid=lesson-preview]");
        assertThat(lessonView.select("h1").text()).isEqualTo("<script>alert('title')</script>");
        assertThat(lessonView.select(".block-markdown h2").eachText()).contains("Hello");
        assertThat(preview.select("script").stream().filter(s -> s.data().contains("alert"))).isEmpty();
        assertThat(preview.select("script:not([src])")).isEmpty();
        assertThat(preview.select("[onerror], [onmouseover], a[href^=javascript]")).isEmpty();
        assertThat(lessonView.text()).contains("<script>alert('markdown')</script>");
        assertThat(preview.title()).contains("<script>alert('title')</script>");

        // The editor shows the same texts escaped.
        Document page = html(mvc.perform(get(editor).with(as(author))).andReturn());
        assertThat(page.select("script").stream().filter(s -> s.data().contains("alert"))).isEmpty();
        assertThat(page.select("[onerror], [onmouseover]")).isEmpty();
    }

    @Test
    void addsEditsMovesAndDeletesBlocksOfEveryKind() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Blocks " + TestData.suffix(), 1, 1);
        LessonRow lesson = course.modules().getFirst().lessons().getFirst();
        String editor = "/authoring/courses/" + course.id() + "/lessons/" + lesson.id();
        int before = lesson(course, lesson).blocks().size();

        mvc.perform(multipart(editor + "/blocks").with(csrf()).with(as(author)).param("type", "code")
                .param("language", "python").param("code", "total = 0\r\nfor n in range(3):\r\n    total += n")
                .param("caption.en", "A loop")).andExpect(redirectedUrl(editor));
        mvc.perform(multipart(editor + "/blocks").file(png("diagram.png")).with(csrf()).with(as(author))
                .param("type", "image").param("alt.en", "Three boxes in a row").param("caption.en", "Three boxes")
                .param("caption.hi", "तीन डिब्बे"))
                .andExpect(redirectedUrl(editor));
        mvc.perform(multipart(editor + "/blocks").with(csrf()).with(as(author)).param("type", "question")
                .param("itemRef", "python.loops.1").param("prompt.en", "What is total at the end?"))
                .andExpect(redirectedUrl(editor));

        List<BlockDraft> blocks = lesson(course, lesson).blocks();
        assertThat(blocks).hasSize(before + 3);
        BlockInput code = blocks.get(before).content();
        assertThat(code.code()).isEqualTo("total = 0\nfor n in range(3):\n    total += n");
        BlockInput image = blocks.get(before + 1).content();
        assertThat(image.asset()).isEqualTo("assets/diagram.png");
        assertThat(image.caption()).containsEntry("hi", "तीन डिब्बे");

        // The editor shows the image, and lists each block with its own edit form.
        Document page = html(mvc.perform(get(editor).with(as(author))).andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=block]")).hasSize(before + 3);
        assertThat(page.select("[data-testid=block][data-type=image] img.block-thumb").attr("src"))
                .endsWith("/assets/diagram.png");

        // Editing keeps translations the form does not show.
        String codeBlock = editor + "/blocks/" + blocks.get(before).id();
        mvc.perform(multipart(codeBlock).with(csrf()).with(as(author)).param("language", "python")
                .param("code", "print(sum(range(3)))").param("caption.en", "Shorter"))
                .andExpect(redirectedUrl(editor));
        assertThat(lesson(course, lesson).blocks().get(before).content().code()).isEqualTo("print(sum(range(3)))");

        // A wrong edit is shown at its block, which stays open.
        Document wrong = html(mvc.perform(multipart(codeBlock).with(csrf()).with(as(author)).param("language", "py thon")
                .param("code", "")).andExpect(status().isBadRequest()).andReturn());
        String prefix = "block-" + blocks.get(before).id() + "-";
        assertThat(wrong.getElementById(prefix + "language-error")).isNotNull();
        assertThat(wrong.getElementById(prefix + "code-error")).isNotNull();

        // Move the question up one place through htmx, then delete it.
        page = html(mvc.perform(get(editor).with(as(author))).andReturn());
        Element questionUp = page.select("[data-testid=block][data-type=question] [data-testid=move-up]").last();
        Document moved = fragment(mvc.perform(submit(questionUp.parent()).header("HX-Request", "true")
                .with(as(author))).andExpect(status().isOk()).andReturn());
        assertThat(moved.select("[data-testid=block]").eachAttr("data-type").subList(before, before + 3))
                .containsExactly("code", "question", "image");
        mvc.perform(post(editor + "/blocks/" + blocks.get(before + 2).id() + "/delete").with(csrf()).with(as(author)))
                .andExpect(redirectedUrl(editor));
        assertThat(lesson(course, lesson).blocks()).hasSize(before + 2);
    }

    @Test
    void refusesAnImageThatIsNotOneAndKeepsNothing() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Images " + TestData.suffix(), 1, 1);
        LessonRow lesson = course.modules().getFirst().lessons().getFirst();
        String editor = "/authoring/courses/" + course.id() + "/lessons/" + lesson.id();

        Document lying = html(mvc.perform(multipart(editor + "/blocks").file(new MockMultipartFile("file", "photo.png",
                "image/png", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8))).with(csrf())
                .with(as(author)).param("type", "image").param("alt.en", "A photo"))
                .andExpect(status().isUnsupportedMediaType()).andReturn());
        assertThat(lying.select("[data-testid=add-image] [data-testid=form-errors]").text())
                .contains("PNG, JPEG, GIF and WebP");
        assertThat(lying.selectFirst("[data-testid=add-image]").hasAttr("open")).isTrue();

        // A real image without its alternative text is refused, and the uploaded image is not kept.
        Document noAlt = html(mvc.perform(multipart(editor + "/blocks").file(png("chart.png")).with(csrf())
                .with(as(author)).param("type", "image").param("alt.en", ""))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(noAlt.getElementById("block-new-image-alt.en-error")).isNotNull();
        assertThat(courses.as(school.id(), () -> courses.images().assets(course.id()))).isEmpty();
    }

    @Test
    void editsTheLessonsDetailsAndDeletesIt() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Details " + TestData.suffix(), 1, 2);
        LessonRow lesson = course.modules().getFirst().lessons().getFirst();
        String editor = "/authoring/courses/" + course.id() + "/lessons/" + lesson.id();

        Document bad = html(mvc.perform(post(editor).with(csrf()).with(as(author)).param("title.en", "Loops")
                .param("kind", "CODE_ALONG").param("estimatedMinutes", "0").param("conceptKeys", "python.loops, Not Valid!"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(bad.getElementById("lesson-estimatedMinutes-error")).isNotNull();
        assertThat(bad.getElementById("lesson-conceptKeys-error")).isNotNull();
        assertThat(bad.getElementById("lesson-conceptKeys").val()).isEqualTo("python.loops, Not Valid!");

        mvc.perform(post(editor).with(csrf()).with(as(author)).param("title.en", "Loops").param("title.hi", "लूप")
                .param("kind", "CODE_ALONG").param("estimatedMinutes", "25")
                .param("conceptKeys", "python.for, python.range")).andExpect(redirectedUrl(editor));
        LessonDraft saved = lesson(course, lesson);
        assertThat(saved.title().values()).containsEntry("hi", "लूप");
        assertThat(saved.conceptKeys()).containsExactly("python.for", "python.range");
        assertThat(html(mvc.perform(get(editor).with(as(author))).andReturn()).getElementById("lesson-conceptKeys")
                .val()).isEqualTo("python.for, python.range");

        mvc.perform(post(editor + "/delete").with(csrf()).with(as(author)))
                .andExpect(redirectedUrl("/authoring/courses/" + course.id()));
        assertThat(courses.as(school.id(), () -> courses.authoring().course(course.id())).modules().getFirst()
                .lessons()).hasSize(1);
    }

    @Test
    void thePreviewLeadsThroughTheCourseInReadingOrder() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Reading " + TestData.suffix(), 2, 1);
        LessonRow first = course.modules().get(0).lessons().getFirst();
        LessonRow second = course.modules().get(1).lessons().getFirst();

        Document outline = html(mvc.perform(get("/authoring/courses/{id}/preview", course.id().value())
                .with(as(author))).andExpect(status().isOk()).andReturn());
        assertThat(outline.select("[data-testid=outline] a").eachText()).containsExactly("Lesson 1.1", "Lesson 2.1");

        Document lesson = html(mvc.perform(get("/authoring/courses/{c}/lessons/{l}/preview", course.id().value(),
                first.id().value()).with(as(author))).andExpect(status().isOk()).andReturn());
        assertThat(lesson.select("[data-testid=preview-banner]")).hasSize(1);
        assertThat(lesson.select(".block-code code.language-python").text()).isEqualTo("print(\"step 1.1\")");
        assertThat(lesson.select("a[rel=next]").attr("href")).endsWith("/lessons/" + second.id() + "/preview");
        assertThat(lesson.select("a[rel=prev]")).isEmpty();
    }

    // ---- requests and lookups

    private LessonDraft lesson(CourseDraft course, LessonRow lesson) {
        return courses.as(course.owner(), () -> courses.authoring().lesson(course.id(), lesson.id()));
    }

    private static MockMultipartFile png(String name) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return new MockMultipartFile("file", name, "image/png", out.toByteArray());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder submit(Element form) {
        var request = post(form.attr("action")).with(csrf());
        for (Element input : form.select("input[type=hidden]")) {
            if (!input.attr("name").equals("_csrf")) {
                request.param(input.attr("name"), input.val());
            }
        }
        return request;
    }
}
