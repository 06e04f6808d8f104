package org.vidya.assessment.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The import page: preview a file or pasted text as a table with answers and problems, confirm
 * without uploading again, the notice and link after, the export download, and who may use it.
 */
@ApiTest
class ItemImportPageControllerTests {

    static final String GIFT = """
            $CATEGORY: Physics

            ::Gas:: Which is a noble gas? {=Neon#Yes. ~%-50%Iron ~Gold}

            ::Two keys:: Pick one {=a =b ~c}

            ::Script:: <script>alert('owned')</script> {T}
            """;

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    TestTenant tenant;
    Person teacher;
    String token;
    String bank;

    @BeforeEach
    void aTeachersBank() {
        tenant = data.tenant();
        teacher = data.member(tenant, Role.TEACHER);
        token = api.signIn(teacher).accessToken();
        bank = api.post("/api/v1/item-banks", token, Map.of("name", "Mechanics")).json().path("id").asString();
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    int itemsInBank() {
        return api.get("/api/v1/item-banks/" + bank + "/items?limit=100", token).json().path("items").size();
    }

    MvcResult previewFile(Person who, byte[] content) throws Exception {
        return mvc.perform(multipart("/item-banks/" + bank + "/import/preview")
                .file(new MockMultipartFile("file", "questions.txt", "text/plain", content))
                .param("format", "gift").with(as(who)).with(csrf())).andReturn();
    }

    @Test
    void showsTheFormsToChooseAFileAndToExport() throws Exception {
        Document page = html(mvc.perform(get("/item-banks/" + bank + "/import").with(as(teacher)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).contains("Mechanics");
        assertThat(page.select("[data-testid=preview-form] select[name=format] option"))
                .extracting(option -> option.attr("value")).contains("gift", "moodle-xml", "aiken", "csv");
        assertThat(page.select("[data-testid=preview-form] input[type=file][name=file]")).hasSize(1);
        assertThat(page.select("[data-testid=preview-form] textarea[name=text]")).hasSize(1);
        assertThat(page.select("[data-testid=export-form]").attr("action")).endsWith("/item-banks/" + bank + "/export");
        assertThat(page.select("[data-testid=bank-link]").attr("href")).isEqualTo("/item-banks/" + bank);
        assertThat(page.select("[data-testid=preview-report]")).isEmpty();
    }

    @Test
    void learnersAndStrangersCannotOpenIt() throws Exception {
        mvc.perform(get("/item-banks/" + bank + "/import").with(as(data.member(tenant, Role.LEARNER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/item-banks/" + java.util.UUID.randomUUID() + "/import").with(as(teacher)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPreviewShowsEveryItemWithItsAnswersAndProblemsAndSavesNothing() throws Exception {
        MvcResult result = previewFile(teacher, GIFT.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = html(result);

        assertThat(page.select("[data-testid=summary]").text()).contains("3").contains("2 ready").contains("1 with");
        Element gas = page.selectFirst("[data-testid=item-0]");
        assertThat(gas.attr("data-valid")).isEqualTo("true");
        assertThat(gas.select("td.line").text()).isEqualTo("3");
        assertThat(gas.text()).contains("Single choice", "Which is a noble gas?", "Physics", "(-50%)", "Yes.");
        assertThat(gas.select("li.correct").text()).contains("Neon").contains("(100%)");
        Element twoKeys = page.selectFirst("[data-testid=item-1]");
        assertThat(twoKeys.attr("data-valid")).isEqualTo("false");
        assertThat(twoKeys.hasClass("has-errors")).isTrue();
        assertThat(twoKeys.select(".problems .line-ref").text()).contains("Line 5");
        assertThat(page.select("main script:not([src])")).isEmpty();
        assertThat(page.selectFirst("[data-testid=item-2]").text()).contains("<script>alert('owned')</script>");

        assertThat(page.select("[data-testid=confirm]").text()).isEqualTo("Import 2 items");
        assertThat(page.select("[data-testid=confirm-form] input[name=token]").val()).isNotBlank();
        assertThat(itemsInBank()).isZero();
    }

    @Test
    void confirmingImportsTheValidItemsWithoutUploadingAgain() throws Exception {
        Document preview = html(previewFile(teacher, GIFT.getBytes(StandardCharsets.UTF_8)));
        String upload = preview.select("[data-testid=confirm-form] input[name=token]").val();

        MvcResult confirmed = mvc.perform(post("/item-banks/" + bank + "/import/confirm").param("format", "gift")
                .param("token", upload).with(as(teacher)).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/item-banks/" + bank + "/import");
        assertThat(itemsInBank()).isEqualTo(2);

        Document after = html(mvc.perform(get("/item-banks/" + bank + "/import").with(as(teacher))
                .flashAttrs(confirmed.getFlashMap())).andExpect(status().isOk()).andReturn());
        assertThat(after.select("[data-testid=notice]").text()).contains("2 items imported");
        assertThat(after.select("[data-testid=notice] a").attr("href")).isEqualTo("/item-banks/" + bank);

        // The kept file is gone: a second click imports nothing twice.
        MvcResult again = mvc.perform(post("/item-banks/" + bank + "/import/confirm").param("format", "gift")
                .param("token", upload).with(as(teacher)).with(csrf())).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(again).select("[data-testid=form-errors]").text()).contains("no longer kept");
        assertThat(itemsInBank()).isEqualTo(2);
    }

    @Test
    void aKeptFileIsOnlyForWhoeverPreviewedItAndOnlyForAnHour() throws Exception {
        String upload = html(previewFile(teacher, GIFT.getBytes(StandardCharsets.UTF_8)))
                .select("[data-testid=confirm-form] input[name=token]").val();
        Person colleague = data.member(tenant, Role.TEACHER);
        mvc.perform(post("/item-banks/" + bank + "/import/confirm").param("format", "gift").param("token", upload)
                .with(as(colleague)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/item-banks/" + bank + "/import/confirm").param("format", "gift")
                .param("token", "../../etc/passwd").with(as(teacher)).with(csrf())).andExpect(status().isBadRequest());
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(post("/item-banks/" + bank + "/import/confirm").param("format", "gift").param("token", upload)
                .with(as(teacher)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(itemsInBank()).isZero();
    }

    @Test
    void pastedTextIsPreviewedLikeAFile() throws Exception {
        Document page = html(mvc.perform(post("/item-banks/" + bank + "/import/preview").param("format", "gift")
                .param("text", "Capital of France? {=Paris ~London}").with(as(teacher)).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=item-0]").text()).contains("Capital of France?", "Paris");
        assertThat(page.select("textarea[name=text]").text()).isEqualTo("Capital of France? {=Paris ~London}");
        assertThat(page.select("[data-testid=confirm]").text()).isEqualTo("Import 1 items");
    }

    @Test
    void anUnreadableFileIsExplainedOnThePage() throws Exception {
        MvcResult latin1 = previewFile(teacher, "Caf\u00e9 {T}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(latin1).select("[data-testid=form-errors]").text()).contains("UTF-8");

        MvcResult nothing = mvc.perform(post("/item-banks/" + bank + "/import/preview").param("format", "gift")
                .with(as(teacher)).with(csrf())).andReturn();
        assertThat(nothing.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(nothing).select("#file-error").text()).isNotBlank();

        Document descriptionsOnly = html(previewFile(teacher, "Only words.".getBytes(StandardCharsets.UTF_8)));
        assertThat(descriptionsOnly.select("[data-testid=nothing]")).hasSize(1);
        assertThat(descriptionsOnly.select("[data-testid=confirm-form]")).isEmpty();
    }

    @Test
    void exportsDownloadTheBank() throws Exception {
        mvc.perform(post("/item-banks/" + bank + "/import/confirm").param("format", "gift")
                .param("token", html(previewFile(teacher, GIFT.getBytes(StandardCharsets.UTF_8)))
                        .select("[data-testid=confirm-form] input[name=token]").val())
                .with(as(teacher)).with(csrf()));
        MvcResult download = mvc.perform(get("/item-banks/" + bank + "/export").param("format", "csv")
                .with(as(teacher))).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getHeader("X-Vidya-Skipped")).isEqualTo("0");
        assertThat(download.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Which is a noble gas?", "true-false");
        // Aiken holds neither partial credit nor true/false questions.
        MvcResult aiken = mvc.perform(get("/item-banks/" + bank + "/export").param("format", "aiken")
                .with(as(teacher))).andExpect(status().isOk()).andReturn();
        assertThat(aiken.getResponse().getHeader("X-Vidya-Skipped")).isEqualTo("2");
    }
}
