package org.vidya.mastery.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.vidya.mastery.Concept;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.mastery.graph.ConceptGraphService.ConceptDetail;
import org.vidya.mastery.graph.ConceptGraphService.ExportFile;
import org.vidya.mastery.graph.ConceptGraphService.ImportReport;
import org.vidya.platform.ApiException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The concept graph: reading it, and importing and exporting one's own (docs/concept-graph.md). */
@RestController
@RequestMapping("/api/v1/concepts")
@Tag(name = "Concept graph")
class ConceptRestController {

    private final ConceptGraphService concepts;

    ConceptRestController(ConceptGraphService concepts) {
        this.concepts = concepts;
    }

    @GetMapping
    @Operation(summary = "Every concept the tenant sees (the platform's and its own), prerequisites first;"
            + " of one subject when given")
    List<Concept> list(@RequestParam(required = false) @Nullable String subject) {
        return concepts.concepts(subject);
    }

    @GetMapping("/{key}")
    @Operation(summary = "A concept with what it needs, what needs it, and its narrower concepts")
    ConceptDetail concept(@PathVariable String key) {
        return concepts.concept(key);
    }

    @PostMapping("/imports")
    @Operation(summary = "Replace one's own graph by a file (raw body, or multipart field 'file'), csv or json;"
            + " a dry run (the default) only says what would change")
    ImportReport importFile(@RequestParam String format, @RequestParam(defaultValue = "true") boolean dryRun,
            HttpServletRequest request) {
        ConceptGraphService.requireManager();
        ConceptGraphService.format(format);
        return concepts.importFile(format, read(request), dryRun);
    }

    @GetMapping("/export")
    @Operation(summary = "One's own graph as a csv or json file that imports back to the same graph")
    ResponseEntity<byte[]> export(@RequestParam String format) {
        ExportFile file = concepts.export(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    static byte[] read(HttpServletRequest request) {
        try {
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request,
                    MultipartHttpServletRequest.class);
            if (multipart != null) {
                MultipartFile file = multipart.getFile("file");
                if (file == null) {
                    throw ApiException.invalid("file", "file-required", "Send the file in the multipart field 'file'.");
                }
                ConceptGraphService.requireSize(file.getSize());
                return file.getBytes();
            }
            ConceptGraphService.requireSize(request.getContentLengthLong());
            try (InputStream in = request.getInputStream()) {
                byte[] content = in.readNBytes((int) ConceptGraphService.MAX_FILE_BYTES + 1);
                ConceptGraphService.requireSize(content.length);
                return content;
            }
        } catch (IOException e) {
            throw ApiException.badRequest("body-unreadable", "The file could not be read from the request.");
        }
    }
}
