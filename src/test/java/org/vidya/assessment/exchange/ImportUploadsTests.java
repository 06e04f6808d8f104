package org.vidya.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.storage.FileKeys;
import org.vidya.platform.storage.FileStore;
import org.vidya.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

class ImportUploadsTests {

    final Map<String, byte[]> stored = new ConcurrentHashMap<>();
    final TestClock clock = new TestClock();
    final ImportUploads uploads = new ImportUploads(new MemoryStore(), clock);
    final TenantId tenant = new TenantId(UUID.randomUUID());
    final byte[] file = "Sky is blue {T}".getBytes(StandardCharsets.UTF_8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(TenantId in, UserId user) {
        VidyaPrincipal principal = new VidyaPrincipal(user, "t@example.test", "T", in, Set.of(Role.TEACHER), 0, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
    }

    @Test
    void keepsAFileForWhoeverPreviewedIt() {
        UserId teacher = new UserId(UUID.randomUUID());
        signIn(tenant, teacher);
        String token = uploads.keep(file);
        assertThat(uploads.find(token)).contains(file);
        assertThat(stored.keySet()).singleElement().asString()
                .startsWith("exchange-uploads/" + tenant.value() + "/" + teacher.value() + "/");

        signIn(tenant, new UserId(UUID.randomUUID()));
        assertThat(uploads.find(token)).isEmpty();
        signIn(new TenantId(UUID.randomUUID()), teacher);
        assertThat(uploads.find(token)).isEmpty();
    }

    @Test
    void refusesTokensThatAreNotItsOwn() {
        signIn(tenant, new UserId(UUID.randomUUID()));
        assertThat(uploads.find("../../secret")).isEmpty();
        assertThat(uploads.find("1-abc")).isEmpty();
        uploads.delete("../../secret");
    }

    @Test
    void deletesAfterTheImport() {
        signIn(tenant, new UserId(UUID.randomUUID()));
        String token = uploads.keep(file);
        uploads.delete(token);
        assertThat(uploads.find(token)).isEmpty();
        assertThat(stored).isEmpty();
    }

    @Test
    void forgetsFilesAfterAnHourWhetherAskedForOrNot() {
        signIn(tenant, new UserId(UUID.randomUUID()));
        String asked = uploads.keep(file);
        uploads.keep(file);
        clock.advance(Duration.ofMinutes(59));
        uploads.sweep();
        assertThat(stored).hasSize(2);
        clock.advance(Duration.ofMinutes(2));
        assertThat(uploads.find(asked)).isEmpty();
        assertThat(stored).hasSize(1);
        uploads.sweep();
        assertThat(stored).isEmpty();
    }

    final class MemoryStore implements FileStore {

        @Override
        public long put(String key, InputStream content) {
            try {
                byte[] bytes = content.readAllBytes();
                stored.put(FileKeys.require(key), bytes);
                return bytes.length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Optional<InputStream> get(String key) {
            return Optional.ofNullable(stored.get(key)).map(ByteArrayInputStream::new);
        }

        @Override
        public boolean delete(String key) {
            return stored.remove(key) != null;
        }

        @Override
        public boolean exists(String key) {
            return stored.containsKey(key);
        }
    }
}
