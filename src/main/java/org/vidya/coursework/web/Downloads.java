package org.vidya.coursework.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.vidya.coursework.domain.SubmissionService;

/**
 * A handed-in file as a response: always an attachment with a safe name, never sniffed or run
 * by the browser, never cached by anyone else.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> attachment(SubmissionService.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(download.content()));
    }
}
