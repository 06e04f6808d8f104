package org.vidya.coursework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.coursework.CourseworkFixtures;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.platform.storage.FileStore;
import org.vidya.platform.storage.LocalFileStore;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;

import tools.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.coursework.CourseworkFixtures.assignment;

/**
 * Files handed in: kinds from their bytes, a lying name refused (415), the size limit (413), nothing
 * stored when refused, and downloads only to the learner and staff, as attachments that are never sniffed.
 */
@ApiTest
class SubmissionFileApiTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Title (Projectile) >>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
            + "0000001f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;
    @Autowired FileStore files;
    @Autowired MockMvc mvc;

    Classroom room;
    String assignment;

    @BeforeEach
    void classroomWithAnAssignment() {
        room = new CourseworkFixtures(data, api, courses, enrollments).classroom();
        Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(),
                assignment("Projectile problem set", Instant.now().plus(Duration.ofDays(3)), true));
        assignment = created.json().path("id").asString();
    }

    Api.Response upload(String token, String name, byte[] bytes, @Nullable String key) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders
                .multipart("/api/v1/assignments/" + assignment + "/submission/file")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return send(request, token);
    }

    Api.Response send(MockMultipartHttpServletRequestBuilder request, String token) {
        try {
            MockHttpServletResponse response = mvc.perform(request.header("Authorization", "Bearer " + token)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)).andReturn().getResponse();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            return new Api.Response(response.getStatus(), text.isBlank() ? MissingNode.getInstance()
                    : api.json().readTree(text), text, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<Path> storedFiles() throws IOException {
        Path folder = ((LocalFileStore) files).root().resolve("coursework").resolve(room.tenant().id().toString())
                .resolve(assignment);
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    boolean nothingHandedIn() {
        return api.get("/api/v1/assignments/" + assignment + "/submission", room.learnerToken()).json()
                .path("submission").isNull();
    }

    @Test
    void aLearnerHandsInAFileAndOnlyTheyAndStaffCanDownloadIt() throws IOException {
        Api.Response handedIn = upload(room.learnerToken(), "../../Projectile answers.pdf", PDF, null);
        assertThat(handedIn.status()).as(handedIn.body()).isEqualTo(200);
        assertThat(handedIn.json().path("type").asString()).isEqualTo("FILE");
        assertThat(handedIn.json().path("file").path("name").asString()).isEqualTo("Projectile answers.pdf");
        assertThat(handedIn.json().path("file").path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(handedIn.json().path("file").path("size").asLong()).isEqualTo(PDF.length);
        String submission = handedIn.json().path("id").asString();

        Api.Response download = api.get("/api/v1/submissions/" + submission + "/file", room.learnerToken());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.raw().getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;")
                .contains("Projectile%20answers.pdf").doesNotContain("..", "/");
        assertThat(download.header("Cache-Control")).contains("no-store");

        assertThat(api.get("/api/v1/submissions/" + submission + "/file", room.teacherToken()).raw()
                .getContentAsByteArray()).isEqualTo(PDF);
        api.get("/api/v1/submissions/" + submission + "/file", room.classmateToken())
                .isProblem(404, "submission-not-found");
        assertThat(data.jdbc().queryForList("select action from privacy_audit_event where tenant_id = ?"
                + " and actor_id = ?", String.class, room.tenant().id().value(), room.teacher().id().value()))
                .contains("submission.file-downloaded");
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void aFileWhoseNameLiesAboutItsContentIsRefusedAndNothingIsStored() throws IOException {
        upload(room.learnerToken(), "essay.pdf", PNG, null).isProblem(415, "unsupported-media-type");
        upload(room.learnerToken(), "notes.txt", PDF, null).isProblem(415, "unsupported-media-type");
        upload(room.learnerToken(), "page.html", "<html><script>alert(1)</script></html>"
                .getBytes(StandardCharsets.UTF_8), null).isProblem(415, "unsupported-media-type");
        upload(room.learnerToken(), "run.exe", new byte[] {'M', 'Z', 0, 0, 1, 2}, null)
                .isProblem(415, "unsupported-media-type");
        assertThat(nothingHandedIn()).isTrue();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsA413AndNothingIsStored() throws IOException {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Response response = upload(room.learnerToken(), "scan.pdf", big, null);
        response.isProblem(413, "payload-too-large");
        assertThat(response.json().path("maxBytes").asLong()).isEqualTo(10L * 1024 * 1024);
        assertThat(nothingHandedIn()).isTrue();
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void anEmptyFileOrAMissingPartIsRefused() throws IOException {
        upload(room.learnerToken(), "empty.pdf", new byte[0], null).isInvalid("file");
        send(MockMvcRequestBuilders.multipart("/api/v1/assignments/" + assignment + "/submission/file"),
                room.learnerToken()).isInvalid("file");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void filesAreRefusedWhereTheAssignmentTakesNone() throws IOException {
        Map<String, Object> body = new HashMap<>(assignment("Text only", Instant.now().plus(Duration.ofDays(1)), true));
        body.put("submissionTypes", List.of("TEXT"));
        assignment = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(), body).json()
                .path("id").asString();
        upload(room.learnerToken(), "answers.pdf", PDF, null).isInvalid("type");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void aRetriedUploadWithTheSameKeyStoresOneFile() throws IOException {
        Api.Response first = upload(room.learnerToken(), "answers.pdf", PDF, "upload-1");
        Api.Response retry = upload(room.learnerToken(), "answers.pdf", PDF, "upload-1");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("attempt").asInt()).isEqualTo(1);
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(storedFiles()).hasSize(1);
        upload(room.learnerToken(), "other.png", PNG, "upload-1").isProblem(422, "idempotency-key-reused");
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void anotherTenantsAssignmentTakesNoFileFromThisTenant() throws IOException {
        Classroom other = new CourseworkFixtures(data, api, courses, enrollments).classroom();
        upload(other.learnerToken(), "answers.pdf", PDF, null).isProblem(404, "assignment-not-found");
        upload(other.teacherToken(), "answers.pdf", PDF, null).isProblem(404, "assignment-not-found");
        assertThat(storedFiles()).isEmpty();
        assertThat(nothingHandedIn()).isTrue();
    }

    @Test
    void replacingAFileKeepsTheEarlierOneOnRecord() throws IOException {
        upload(room.learnerToken(), "first.pdf", PDF, null);
        Api.Response second = upload(room.learnerToken(), "plot.png", PNG, null);
        assertThat(second.json().path("attempt").asInt()).isEqualTo(2);
        assertThat(second.json().path("file").path("contentType").asString()).isEqualTo("image/png");
        assertThat(storedFiles()).hasSize(2);
    }
}
