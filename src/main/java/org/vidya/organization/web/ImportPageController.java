package org.vidya.organization.web;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vidya.organization.domain.MemberImport;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.PageAccess;

/**
 * Bulk import of members in two steps: the uploaded CSV is checked line by line and shown as a
 * preview; the admin confirms and the same text is imported. Between the steps the text travels
 * in the confirm form (Base64, so that line ends and encodings arrive untouched), which keeps
 * the server free of half-finished imports; the import checks every line again anyway.
 */
@Controller
@RequestMapping("/admin/import")
class ImportPageController {

    static final int MAX_BYTES = 1024 * 1024;
    static final String SAMPLE = """
            email,name,roles,class
            aarav.patel@example.org,Aarav Patel,learner,Grade 8 – A
            anita.sharma@example.org,Anita Sharma,teacher;content_creator,Grade 8 – A
            nisha.patel@example.org,Nisha Patel,parent,
            """;

    private final MemberImport imports;

    ImportPageController(MemberImport imports) {
        this.imports = imports;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.MEMBERS_MANAGE);
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "organization/admin/import";
    }

    @GetMapping("/sample.csv")
    ResponseEntity<String> sample() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("vidya-members.csv").build().toString())
                .body(SAMPLE);
    }

    @PostMapping
    String preview(@RequestParam(required = false) @Nullable MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw ApiException.invalid("file", "required", "choose a CSV file");
            }
            if (file.getSize() > MAX_BYTES) {
                throw ApiException.invalid("file", "too-large", "must be at most 1 MB");
            }
            byte[] bytes = file.getBytes();
            MemberImport.ImportReport report = imports.run(text(bytes), true);
            model.addAttribute("report", report);
            model.addAttribute("csv", Base64.getEncoder().encodeToString(bytes));
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("valid", report.results().stream().filter(r -> r.outcome().equals("valid")).count());
            return "organization/admin/import-preview";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("errors", FormErrors.of(e));
            return "organization/admin/import";
        }
    }

    @PostMapping("/confirm")
    String confirm(@RequestParam(required = false) @Nullable String csv, Model model, HttpServletResponse response) {
        try {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(csv == null ? "" : csv);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("file", "malformed", "was damaged on the way; upload it again");
            }
            if (bytes.length == 0) {
                throw ApiException.invalid("file", "required", "choose a CSV file");
            }
            if (bytes.length > MAX_BYTES) {
                throw ApiException.invalid("file", "too-large", "must be at most 1 MB");
            }
            model.addAttribute("report", imports.run(text(bytes), false));
            return "organization/admin/import-report";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("errors", FormErrors.of(e));
            return "organization/admin/import";
        }
    }

    /** UTF-8 (a leading byte-order mark, as spreadsheets write it, is dropped); anything else is refused. */
    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("file", "not-utf8", "must be saved as UTF-8 text (CSV UTF-8)");
        }
    }
}
