package org.vidya.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.exchange.ImportReport;
import org.vidya.assessment.exchange.ItemExchange;
import org.vidya.assessment.exchange.ItemExchange.ExportFile;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.platform.ApiException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Importing files into item banks and exporting banks and tests (docs/item-exchange.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Item import and export")
class ItemExchangeRestController {

    /** How many items an export left out; their reasons are in the {@code ?report=true} variant. */
    static final String SKIPPED_HEADER = "X-Vidya-Skipped";

    private final ItemExchange exchange;

    ItemExchangeRestController(ItemExchange exchange) {
        this.exchange = exchange;
    }

    /** What an export wrote and left out, instead of the file. */
    record ExportReport(String format, String filename, long bytes, List<WriteResult.Skipped> skipped) {
    }

    @PostMapping("/item-banks/{id}/imports")
    @Operation(summary = "Read a file (raw body of any type, or multipart field 'file') in a format; a dry run"
            + " (the default) saves nothing, dryRun=false saves the items without problems")
    ImportReport importFile(@PathVariable UUID id, @RequestParam String format,
            @RequestParam(defaultValue = "true") boolean dryRun, HttpServletRequest request) {
        exchange.requireManager();
        exchange.format(format);
        byte[] content = read(request);
        return exchange.importFile(new ItemBankId(id), format, content, dryRun);
    }

    @GetMapping("/item-banks/{id}/exports")
    @Operation(summary = "The bank's items (or one category's) as a file; report=true answers what would be"
            + " left out instead")
    ResponseEntity<?> exportBank(@PathVariable UUID id, @RequestParam String format,
            @RequestParam(required = false) @Nullable UUID category,
            @RequestParam(defaultValue = "false") boolean report) {
        return answer(exchange.exportBank(new ItemBankId(id), format, category), format, report);
    }

    @GetMapping("/quizzes/{id}/exports")
    @Operation(summary = "A fixed-form test and its items as a QTI package (format qti21 or qti30)")
    ResponseEntity<?> exportQuiz(@PathVariable UUID id, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean report) {
        return answer(exchange.exportQuiz(new QuizId(id), format), format, report);
    }

    private byte[] read(HttpServletRequest request) {
        try {
            MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request,
                    MultipartHttpServletRequest.class);
            if (multipart != null) {
                MultipartFile file = multipart.getFile("file");
                if (file == null) {
                    throw ApiException.invalid("file", "file-required", "Send the file in the multipart field 'file'.");
                }
                exchange.requireSize(file.getSize());
                return file.getBytes();
            }
            exchange.requireSize(request.getContentLengthLong());
            long limit = exchange.maxFileBytes();
            try (InputStream in = request.getInputStream()) {
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                exchange.requireSize(content.length);
                return content;
            }
        } catch (IOException e) {
            throw ApiException.badRequest("body-unreadable", "The file could not be read from the request.");
        }
    }

    private static ResponseEntity<?> answer(ExportFile file, String format, boolean report) {
        if (report) {
            return ResponseEntity.ok(new ExportReport(format, file.filename(), file.content().length, file.skipped()));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header(SKIPPED_HEADER, String.valueOf(file.skipped().size()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }
}
