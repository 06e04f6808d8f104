package org.vidya.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.quiz.QuizImports;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * Importing and exporting through the API: a dry run saves nothing, a real import saves only the
 * items without problems, hostile files are 4xx problems, and banks of other tenants do not exist.
 */
@ExchangeApiTest
class ItemExchangeApiTests {

    static final String GIFT = """
            // three questions, one of them wrong, and a description
            $CATEGORY: Physics/Kinematics

            ::Gas:: Which is a noble gas? {
              =Neon#Yes.
              ~%-50%Iron#No.
              ~Gold
              ####Group 18.
            }

            ::Two keys:: Pick one {=a =b ~c}

            Just a description.

            ::Light:: Light is faster than sound {T}
            """;

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired FakeItemBank bank;

    TestTenant tenant;
    String teacher;
    ItemBankId bankId;

    @BeforeEach
    void aTeacherWithABank() {
        tenant = data.tenant();
        teacher = api.signIn(data.member(tenant, Role.TEACHER)).accessToken();
        bankId = bank.newBank(tenant.id());
    }

    Api.Response upload(String token, String query, byte[] content, String contentType) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders
                .post("/api/v1/item-banks/" + bankId + "/imports?" + query)
                .contentType(contentType).content(content);
        return send(request, token);
    }

    Api.Response send(AbstractMockHttpServletRequestBuilder<?> request, @Nullable String token) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            MockHttpServletResponse response = mvc.perform(request.accept(MediaType.APPLICATION_JSON,
                    MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL)).andReturn().getResponse();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            JsonNode json = response.getContentType() != null && response.getContentType().contains("json")
                    && !text.isBlank() ? api.json().readTree(text) : MissingNode.getInstance();
            return new Api.Response(response.getStatus(), json, text, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] gift() {
        return GIFT.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDryRunListsEveryItemWithItsProblemsAndSavesNothing() {
        Api.Response response = upload(teacher, "format=gift&dryRun=true", gift(), "text/plain");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("valid").asInt()).isEqualTo(2);
        assertThat(report.get("created")).isEmpty();
        JsonNode items = report.get("items");
        assertThat(items).hasSize(4);
        JsonNode gas = items.get(0);
        assertThat(gas.get("index").asInt()).isZero();
        assertThat(gas.get("line").asInt()).isEqualTo(4);
        assertThat(gas.get("type").asString()).isEqualTo("single-choice");
        assertThat(gas.get("title").asString()).isEqualTo("Gas");
        assertThat(gas.get("text").asString()).isEqualTo("Which is a noble gas?");
        assertThat(gas.get("category").asString()).isEqualTo("Physics/Kinematics");
        assertThat(gas.get("explanation").asString()).isEqualTo("Group 18.");
        assertThat(gas.at("/answers/0/text").asString()).isEqualTo("Neon");
        assertThat(gas.at("/answers/0/correct").asBoolean()).isTrue();
        assertThat(gas.at("/answers/0/feedback").asString()).isEqualTo("Yes.");
        assertThat(gas.at("/answers/1/fraction").decimalValue()).isEqualByComparingTo("-0.5");
        assertThat(gas.get("errors")).isEmpty();

        JsonNode twoKeys = items.get(1);
        assertThat(twoKeys.get("line").asInt()).isEqualTo(11);
        assertThat(twoKeys.get("errors")).isNotEmpty();
        assertThat(twoKeys.at("/errors/0/field").asString()).startsWith("body.");
        assertThat(twoKeys.at("/errors/0/line").asInt()).isEqualTo(11);

        JsonNode description = items.get(2);
        assertThat(description.get("type").isNull()).isTrue();
        assertThat(description.at("/errors/0/code").asString()).isEqualTo("description-skipped");
        assertThat(description.get("line").asInt()).isEqualTo(13);
        assertThat(report.get("refused")).extracting(JsonNode::asInt).containsExactly(1, 2);

        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void aDryRunIsTheDefault() {
        assertThat(upload(teacher, "format=gift", gift(), "text/plain").json().get("dryRun").asBoolean()).isTrue();
        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void aRealImportSavesOnlyTheValidItemsAndNamesThem() {
        Api.Response response = upload(teacher, "format=gift&dryRun=false", gift(), "application/octet-stream");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("dryRun").asBoolean()).isFalse();
        assertThat(report.get("created")).hasSize(2);
        assertThat(bank.saved(bankId)).extracting(saved -> saved.draft().title()).containsExactly("Gas", "Light");
        assertThat(bank.saved(bankId)).extracting(saved -> saved.id().toString())
                .containsExactlyElementsOf(report.get("created").valueStream().map(JsonNode::asString).toList());
        assertThat(report.at("/items/0/id").asString()).isEqualTo(bank.saved(bankId).getFirst().id().toString());
        assertThat(report.at("/items/1/id").isNull()).isTrue();
        assertThat(report.get("refused")).extracting(JsonNode::asInt).containsExactly(1, 2);
    }

    @Test
    void acceptsTheFileAsAMultipartField() {
        var request = MockMvcRequestBuilders
                .multipart("/api/v1/item-banks/" + bankId + "/imports?format=gift&dryRun=false")
                .file(new MockMultipartFile("file", "questions.gift.txt", "text/plain", gift()));
        Api.Response response = send(request, teacher);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(bank.saved(bankId)).hasSize(2);

        Api.Response missing = send(MockMvcRequestBuilders.multipart("/api/v1/item-banks/" + bankId
                + "/imports?format=gift").file(new MockMultipartFile("other", "x.txt", "text/plain", gift())), teacher);
        missing.isInvalid("file");
    }

    @Test
    void aFileHoldingATestAlsoCreatesTheTestFromTheSavedItems() {
        Api.Response response = upload(teacher, "format=qti-fixture&dryRun=false", gift(), "text/plain");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.at("/test/title").asString()).isEqualTo("Fixture test");
        assertThat(report.at("/test/sections/0/timeLimitSeconds").asLong()).isEqualTo(1200);
        QuizImports.Outline quiz = bank.quiz(QuizId.of(report.get("quiz").asString()));
        assertThat(quiz).isNotNull();
        assertThat(quiz.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Part A");
            assertThat(section.items()).extracting(ItemId::toString)
                    .containsExactlyElementsOf(report.get("created").valueStream().map(JsonNode::asString).toList());
        });

        Api.Response dryRun = upload(teacher, "format=qti-fixture&dryRun=true", gift(), "text/plain");
        assertThat(dryRun.json().get("quiz").isNull()).isTrue();
        assertThat(dryRun.json().at("/test/sections/0/items")).extracting(JsonNode::asInt).containsExactly(0, 1, 3);
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        Api.Response response = upload(teacher, "format=word", gift(), "text/plain").isProblem(400, "unknown-format");
        assertThat(response.json().get("formats").valueStream().map(JsonNode::asString).toList())
                .contains("gift", "moodle-xml", "aiken", "csv");
    }

    @Test
    void anInvalidUtf8FileIsABadEncodingProblemWithItsLine() {
        byte[] latin1 = "First {T}\n\nCaf\u00e9 {F}\n".getBytes(StandardCharsets.ISO_8859_1);
        Api.Response response = upload(teacher, "format=gift&dryRun=false", latin1, "text/plain")
                .isProblem(400, "bad-encoding");
        assertThat(response.json().get("line").asInt()).isEqualTo(3);
        assertThat(response.errorFields()).containsExactly("file");
        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void hostileXmlIsRefusedWithoutExpansion() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "\n<quiz><question type=\"essay\"><questiontext><text>&lol2;</text></questiontext></question></quiz>";
        upload(teacher, "format=moodle-xml&dryRun=false", laughs.getBytes(StandardCharsets.UTF_8), "application/xml")
                .isProblem(400, "doctype-refused");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<quiz>&x;</quiz>";
        Api.Response refused = upload(teacher, "format=moodle-xml", xxe.getBytes(StandardCharsets.UTF_8), "text/xml")
                .isProblem(400, "doctype-refused");
        assertThat(refused.body()).doesNotContain("root:");
        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void binaryJunkAndEmptyFilesAreProblems() {
        byte[] junk = new byte[8192];
        new java.util.Random(11).nextBytes(junk);
        for (String format : List.of("gift", "moodle-xml", "aiken", "csv", "qti-fixture")) {
            Api.Response response = upload(teacher, "format=" + format + "&dryRun=false", junk, "application/octet-stream");
            assertThat(response.status()).as(format + " " + response.body()).isEqualTo(400);
        }
        upload(teacher, "format=gift", new byte[0], "text/plain").isInvalid("file");
        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void aGiganticFileIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Response response = upload(teacher, "format=gift&dryRun=false", huge, "text/plain")
                .isProblem(413, "file-too-large");
        assertThat(response.json().get("limit").asLong()).isEqualTo(10L * 1024 * 1024);
        var multipart = MockMvcRequestBuilders
                .multipart("/api/v1/item-banks/" + bankId + "/imports?format=gift")
                .file(new MockMultipartFile("file", "huge.txt", "text/plain", huge));
        send(multipart, teacher).isProblem(413, "file-too-large");
        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void learnersMayNotImportAndOtherTenantsBanksDoNotExist() {
        String learner = api.signIn(data.member(tenant, Role.LEARNER)).accessToken();
        upload(learner, "format=gift&dryRun=false", gift(), "text/plain").isProblem(403, "access-denied");

        TestTenant other = data.tenant();
        String otherTeacher = api.signIn(data.member(other, Role.TEACHER)).accessToken();
        upload(otherTeacher, "format=gift&dryRun=false", gift(), "text/plain").isProblem(404, "item-bank-not-found");
        send(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bankId + "/exports?format=gift"), otherTeacher)
                .isProblem(404, "item-bank-not-found");
        assertThat(bank.saved(bankId)).isEmpty();
    }

    @Test
    void exportsAreDownloadsThatSayWhatWasLeftOut() {
        upload(teacher, "format=gift&dryRun=false", gift(), "text/plain");

        Api.Response csv = send(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bankId + "/exports?format=csv"),
                teacher);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains("item-bank-" + bankId + ".csv");
        assertThat(csv.header("X-Vidya-Skipped")).isEqualTo("0");
        assertThat(csv.raw().getContentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("Which is a noble gas?", "Light is faster than sound");

        Api.Response aiken = send(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bankId
                + "/exports?format=aiken"), teacher);
        assertThat(aiken.header("X-Vidya-Skipped")).isEqualTo("2");

        Api.Response report = send(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bankId
                + "/exports?format=aiken&report=true"), teacher);
        assertThat(report.json().get("skipped")).hasSize(2);
        assertThat(report.json().at("/skipped/0/reason").asString()).isNotBlank();
        assertThat(report.json().at("/skipped/0/externalId").asString())
                .isEqualTo(bank.saved(bankId).getFirst().id().toString());

        Api.Response gift = send(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bankId + "/exports?format=gift"),
                teacher);
        Api.Response again = upload(teacher, "format=gift", gift.body().getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(again.json().get("valid").asInt()).isEqualTo(2);

        send(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bankId + "/exports?format=pdf"), teacher)
                .isProblem(400, "unknown-format");
    }

    @Test
    void theImportPageSaysWhenTheFileHeldATest() throws Exception {
        TestData.Person person = data.member(tenant, Role.TEACHER);
        String token = api.signIn(person).accessToken();
        ItemBankId real = ItemBankId.of(api.post("/api/v1/item-banks", token, Map.of("name", "Shown")).json()
                .path("id").asString());
        bank.adopt(real, tenant.id());
        var preview = mvc.perform(MockMvcRequestBuilders.multipart("/item-banks/" + real + "/import/preview")
                .file(new MockMultipartFile("file", "test.txt", "text/plain", gift())).param("format", "qti-fixture")
                .with(as(person)).with(csrf())).andReturn();
        String upload = html(preview).select("[data-testid=confirm-form] input[name=token]").val();
        var confirmed = mvc.perform(MockMvcRequestBuilders.post("/item-banks/" + real + "/import/confirm")
                .param("format", "qti-fixture").param("token", upload).with(as(person)).with(csrf())).andReturn();
        assertThat(confirmed.getFlashMap().get("importedQuiz")).isNotNull();
        var page = html(mvc.perform(MockMvcRequestBuilders.get("/item-banks/" + real + "/import").with(as(person))
                .flashAttrs(confirmed.getFlashMap())).andReturn());
        assertThat(page.select("[data-testid=notice]").text()).contains("2 items imported");
        assertThat(page.select("[data-testid=imported-quiz]")).hasSize(1);
        assertThat(bank.saved(real)).hasSize(2);
    }

    @Test
    void testsExportOnlyInFormatsThatHoldTests() {
        upload(teacher, "format=qti-fixture&dryRun=false", gift(), "text/plain");
        QuizId quiz = bank.newQuiz(tenant.id(), new QuizImports.Outline("Exported", List.of(new QuizImports.Section(
                "Only", bank.saved(bankId).stream().map(FakeItemBank.Saved::id).toList(), null))));

        Api.Response file = send(MockMvcRequestBuilders.get("/api/v1/quizzes/" + quiz + "/exports?format=qti-fixture"),
                teacher);
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains("test-" + quiz);
        assertThat(file.body()).contains("Which is a noble gas?");

        send(MockMvcRequestBuilders.get("/api/v1/quizzes/" + quiz + "/exports?format=gift"), teacher)
                .isProblem(400, "format-without-tests");
        send(MockMvcRequestBuilders.get("/api/v1/quizzes/" + QuizId.random() + "/exports?format=qti-fixture"), teacher)
                .isProblem(404, "quiz-not-found");
        String creator = api.signIn(data.member(tenant, Role.CONTENT_CREATOR)).accessToken();
        send(MockMvcRequestBuilders.get("/api/v1/quizzes/" + quiz + "/exports?format=qti-fixture"), creator)
                .isProblem(403, "access-denied");
    }
}
