package org.vidya.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CoursePackages;
import org.vidya.catalog.domain.CoursePackages.ImportReport;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * Courses as packages from the authoring pages: a course's draft downloaded as a zip, and a
 * package uploaded, checked (a dry run listing every problem) and, once the author confirms,
 * imported as a new draft course. The package travels twice rather than waiting on the server
 * between the steps: with htmx the check answers in place and the same chosen file is sent
 * again to import; without it, the author chooses the file again.
 */
@Controller
class CoursePackagePageController {

    private final CourseAuthoring authoring;
    private final CoursePackages packages;

    CoursePackagePageController(CourseAuthoring authoring, CoursePackages packages) {
        this.authoring = authoring;
        this.packages = packages;
    }

    @ModelAttribute
    void allowed(Model model) {
        PageAccess.require(Permission.CONTENT_AUTHOR);
        model.addAttribute("platformAuthor", CurrentUser.get().tenantId() == null);
    }

    @GetMapping("/authoring/courses/{id}/export")
    void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        CourseId course = new CourseId(id);
        String slug = authoring.course(course).slug();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(slug + ".zip", StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        packages.export(course, response.getOutputStream());
    }

    @GetMapping("/authoring/import")
    String form(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "catalog/authoring/import";
    }

    /** {@code step} is {@code check} (a dry run) or {@code import}. */
    @PostMapping("/authoring/import")
    String upload(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "check") String step, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        boolean htmx = CatalogPages.isHtmx(request);
        boolean dryRun = !"import".equals(step);
        try {
            if (file == null || file.isEmpty()) {
                throw ApiException.invalid("file", "required", "choose a course package (.zip) or a course.json");
            }
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                throw ApiException.invalid("file", "unreadable", "could not be read; upload it again");
            }
            ImportReport report = packages.importPackage(bytes, dryRun);
            if (!dryRun && report.course() != null) {
                redirect.addFlashAttribute(Notice.FLASH, Notice.of("catalog.notice.imported",
                        AuthoringPageController.title(report.title())));
                String location = "/authoring/courses/" + report.course().id();
                if (htmx) {
                    response.setHeader("HX-Redirect", location);
                    return "catalog/authoring/import :: result";
                }
                return "redirect:" + location;
            }
            model.addAttribute("report", report);
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("errors", FormErrors.NONE);
        } catch (ApiException e) {
            if (!CatalogPages.belongsToForm(e)) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("problem", e);
            model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
            model.addAttribute("errors", e.errors().isEmpty() || "file".equals(e.errors().getFirst().field())
                    ? FormErrors.of(e) : FormErrors.message(e.getMessage()));
        }
        model.addAttribute("checked", true);
        return htmx ? "catalog/authoring/import :: result" : "catalog/authoring/import";
    }
}
