package org.vidya.catalog.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unpacking course packages, with its guards against zip bombs and stray files. */
class PackageZipTests {

    @Test
    void unpacksTheCourseAndItsImages() throws IOException {
        byte[] zip = zip(Map.of("course.json", CourseFormatTests.sample(), "assets/place-values.png",
                ImageAssetsTests.PNG, "__MACOSX/._course.json", new byte[3]));
        CoursePackages.Unpacked unpacked = CoursePackages.unpack(zip);
        assertThat(unpacked.courseJson()).isEqualTo(CourseFormatTests.sample());
        assertThat(unpacked.assets()).containsOnlyKeys("place-values.png");
        assertThat(CoursePackages.isZip(zip)).isTrue();
        assertThat(CoursePackages.isZip(CourseFormatTests.sample())).isFalse();
    }

    @Test
    void stopsAZipBombByWhatItUnpacksTo() throws IOException {
        // 6 MB of zeros compress to a few kilobytes; the size in the zip's headers is not trusted.
        byte[] bomb = zip(Map.of("course.json", new byte[6 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThatThrownBy(() -> CoursePackages.unpack(bomb)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo("payload-too-large"));
    }

    @Test
    void countsEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= CoursePackages.MAX_ENTRIES; i++) {
                zip.putNextEntry(new ZipEntry("assets/a" + i + ".png"));
                zip.write(ImageAssetsTests.PNG);
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> CoursePackages.unpack(out.toByteArray())).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors()).extracting(FieldViolation::code).containsExactly("too-many-entries"));
    }

    @Test
    void refusesStrayFilesAndAMissingCourse() throws IOException {
        byte[] zip = zip(Map.of("../evil.sh", new byte[] {1}, "assets/notes.txt/../x", new byte[] {1}));
        assertThatThrownBy(() -> CoursePackages.unpack(zip)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors()).extracting(FieldViolation::field)
                        .contains("../evil.sh", "assets/notes.txt/../x", "course.json"));
    }

    @Test
    void refusesWhatIsNotAZip() {
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9, 9};
        assertThatThrownBy(() -> CoursePackages.unpack(broken)).isInstanceOf(ApiException.class);
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
