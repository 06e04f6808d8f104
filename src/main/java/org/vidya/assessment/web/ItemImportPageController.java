package org.vidya.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.exchange.ImportReport;
import org.vidya.assessment.exchange.ImportUploads;
import org.vidya.assessment.exchange.ItemExchange;
import org.vidya.assessment.exchange.ItemExchange.ExportFile;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The import page of a bank: choose a file (or paste text) and its format, check the preview of
 * every item with its answers and problems, then confirm; the previewed file is kept so it is not
 * uploaded twice. Also the bank's export as a download.
 */
@Controller
class ItemImportPageController {

    static final String DEFAULT_FORMAT = "gift";

    private final ItemExchange exchange;
    private final ImportUploads uploads;
    private final ItemBankService banks;

    ItemImportPageController(ItemExchange exchange, ImportUploads uploads, ItemBankService banks) {
        this.exchange = exchange;
        this.uploads = uploads;
        this.banks = banks;
    }

    @GetMapping("/item-banks/{id}/import")
    String page(@PathVariable UUID id, Model model) {
        return render(id, model, DEFAULT_FORMAT, null, null, null, FormErrors.NONE);
    }

    @PostMapping("/item-banks/{id}/import/preview")
    String preview(@PathVariable UUID id, @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String text, Model model, HttpServletResponse response)
            throws IOException {
        String chosen = format == null || format.isBlank() ? DEFAULT_FORMAT : format;
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        try {
            byte[] content;
            if (file != null && !file.isEmpty()) {
                exchange.requireSize(file.getSize());
                content = file.getBytes();
            } else if (text != null && !text.isBlank()) {
                content = text.getBytes(StandardCharsets.UTF_8);
                exchange.requireSize(content.length);
            } else {
                throw ApiException.invalid("file", "file-required", "Choose a file or paste the questions.");
            }
            ImportReport report = exchange.importFile(new ItemBankId(id), chosen, content, true);
            String token = report.hasValidItems() ? uploads.keep(content) : null;
            return render(id, model, chosen, report, token, file != null && !file.isEmpty() ? null : text,
                    FormErrors.NONE);
        } catch (ApiException e) {
            return failed(id, e, model, response, chosen, text);
        }
    }

    @PostMapping("/item-banks/{id}/import/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable String token, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String chosen = format == null || format.isBlank() ? DEFAULT_FORMAT : format;
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        exchange.requireWritable(new ItemBankId(id));
        try {
            byte[] content = (token == null ? java.util.Optional.<byte[]>empty() : uploads.find(token))
                    .orElseThrow(() -> ApiException.invalid("file", "upload-expired",
                            "The previewed file is no longer kept; choose it again."));
            ImportReport report = exchange.importFile(new ItemBankId(id), chosen, content, false);
            uploads.delete(token);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("itemexchange.notice.imported",
                    String.valueOf(report.created().size())));
            if (report.quiz() != null) {
                redirect.addFlashAttribute("importedQuiz", report.quiz());
            }
            return "redirect:/item-banks/" + id + "/import";
        } catch (ApiException e) {
            return failed(id, e, model, response, chosen, null);
        }
    }

    @GetMapping("/item-banks/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable UUID id, @RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable UUID category) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        ExportFile file = exchange.exportBank(new ItemBankId(id), format == null ? DEFAULT_FORMAT : format, category);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header(ItemExchangeRestController.SKIPPED_HEADER, String.valueOf(file.skipped().size()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    private String failed(UUID id, ApiException e, Model model, HttpServletResponse response, String format,
            @Nullable String text) {
        if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        response.setStatus(e.status().value());
        return render(id, model, format, null, null, text, FormErrors.of(e));
    }

    private String render(UUID id, Model model, String format, @Nullable ImportReport report, @Nullable String token,
            @Nullable String text, FormErrors errors) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        ItemBankId bankId = new ItemBankId(id);
        exchange.requireWritable(bankId);
        model.addAttribute("bank", banks.bank(bankId));
        model.addAttribute("categories", banks.categories(bankId));
        model.addAttribute("formats", exchange.formatIds());
        model.addAttribute("format", format);
        model.addAttribute("report", report);
        model.addAttribute("token", token);
        model.addAttribute("text", text == null ? "" : text);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", Math.max(1, exchange.maxFileBytes() / (1024 * 1024)));
        return "assessment/exchange/import";
    }
}
