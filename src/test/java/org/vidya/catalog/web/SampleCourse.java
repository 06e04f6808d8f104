package org.vidya.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The small real course kept for tests ("Counting in Binary", with one image), as a package. */
final class SampleCourse {

    private SampleCourse() {
    }

    static byte[] json() {
        return resource("/catalog/courses/counting-in-binary.json");
    }

    static byte[] image() {
        return resource("/catalog/courses/assets/place-values.png");
    }

    static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("course.json"));
            zip.write(json());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("assets/place-values.png"));
            zip.write(image());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Imports a package as the person with this token; answers the response. */
    static MockHttpServletResponse importPackage(MockMvc mvc, String token, byte[] content, String filename,
            boolean dryRun) throws Exception {
        return mvc.perform(multipart("/api/v1/authoring/course-imports").param("dryRun", String.valueOf(dryRun))
                .file(new MockMultipartFile("file", filename, "application/zip", content))
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
    }

    /** The entries of a zip, by name. */
    static java.util.Map<String, byte[]> entries(byte[] zip) throws IOException {
        java.util.Map<String, byte[]> entries = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] resource(String path) {
        try (InputStream in = SampleCourse.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
