package org.vidya.catalog.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.vidya.catalog.domain.AssetFile;

/**
 * How course images are served: as the type detected when they were stored, never sniffed by
 * the browser, cached for long (an image's bytes never change under its name) but only by the
 * reader's browser, since images are walled off by tenant.
 */
final class AssetResponses {

    private AssetResponses() {
    }

    static ResponseEntity<byte[]> of(AssetFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(file.content());
    }
}
