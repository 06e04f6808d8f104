package org.vidya.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.storage.FileStore;

/**
 * Files a teacher previewed, kept until they confirm the import so they need not upload again:
 * under a random token in a folder of their tenant and their own, so that nobody else can use the
 * token, deleted once imported and at the latest after an hour.
 */
@Component
public class ImportUploads {

    /** How long a previewed file waits for its confirmation. */
    public static final Duration KEEP = Duration.ofHours(1);

    private static final Pattern TOKEN = Pattern.compile("(\\d{1,12})-([0-9a-f]{32})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FileStore files;
    private final Clock clock;
    /** Keys this node stored and when, so that the sweep finds files nobody came back for. */
    private final Map<String, Instant> stored = new ConcurrentHashMap<>();

    public ImportUploads(FileStore files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** Keeps the file for the signed-in person and returns its token. */
    public String keep(byte[] content) {
        Instant now = clock.instant();
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String token = now.getEpochSecond() + "-" + HexFormat.of().formatHex(random);
        String key = key(token);
        files.put(key, new ByteArrayInputStream(content));
        stored.put(key, now);
        return token;
    }

    /** The file kept under the token for the signed-in person; empty when unknown, someone else's or expired. */
    public Optional<byte[]> find(String token) {
        var matcher = TOKEN.matcher(token);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String key = key(token);
        if (Instant.ofEpochSecond(Long.parseLong(matcher.group(1))).plus(KEEP).isBefore(clock.instant())) {
            forget(key);
            return Optional.empty();
        }
        return files.get(key).map(ImportUploads::readAll);
    }

    /** Deletes the file kept under the token (after its import). */
    public void delete(String token) {
        if (TOKEN.matcher(token).matches()) {
            forget(key(token));
        }
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    public void sweep() {
        Instant oldest = clock.instant().minus(KEEP);
        stored.forEach((key, at) -> {
            if (at.isBefore(oldest)) {
                forget(key);
            }
        });
    }

    private void forget(String key) {
        files.delete(key);
        stored.remove(key);
    }

    private static String key(String token) {
        VidyaPrincipal principal = CurrentUser.get();
        TenantId tenant = principal.tenantId();
        return "exchange-uploads/" + (tenant == null ? "platform" : tenant.value()) + "/" + principal.userId().value()
                + "/" + token;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
