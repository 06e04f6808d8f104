package org.vidya.mastery.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.mastery.graph.ConceptGraphService.ExportFile;
import org.vidya.mastery.graph.ConceptGraphService.ImportReport;
import org.vidya.mastery.graph.ConceptGraphSvg;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;

/**
 * The concept graph pages. {@code /concepts}, for people with {@code CONCEPTS_MANAGE}: a subject's
 * graph drawn as layers with the same concepts as a table, the import form with a dry-run preview,
 * and export downloads. {@code /concepts/{key}}, for anyone who reads the graph: one concept with
 * what it needs and what needs it.
 */
@Controller
class ConceptPageController {

    private final ConceptGraphService concepts;
    private final MessageSource messages;

    ConceptPageController(ConceptGraphService concepts, MessageSource messages) {
        this.concepts = concepts;
        this.messages = messages;
    }

    /** A row of the table that stands beside the drawing. */
    record ConceptRow(Concept concept, List<Prerequisite> prerequisites, Map<String, String> names) {
    }

    @GetMapping("/concepts")
    String list(@RequestParam(required = false) @Nullable String subject, Model model) {
        PageAccess.require(Permission.CONCEPTS_MANAGE);
        return render(subject, model, null, null, null);
    }

    @PostMapping("/concepts/import")
    String importFile(@RequestParam(required = false) @Nullable String format,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "true") boolean dryRun, Model model, HttpServletResponse response)
            throws IOException {
        PageAccess.require(Permission.CONCEPTS_MANAGE);
        String chosen = format == null || format.isBlank() ? guess(file) : format;
        try {
            if (file == null || file.isEmpty()) {
                throw ApiException.invalid("file", "file-required", "Choose a file.");
            }
            ConceptGraphService.requireSize(file.getSize());
            ImportReport report = concepts.importFile(chosen, file.getBytes(), dryRun);
            return render(null, model, report, null, chosen);
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(null, model, null, e, chosen);
        }
    }

    @GetMapping("/concepts/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format) {
        PageAccess.require(Permission.CONCEPTS_MANAGE);
        ExportFile file = concepts.export(format);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @GetMapping("/concepts/{key}")
    String concept(@PathVariable String key, Model model) {
        ConceptGraphService.ConceptDetail detail = concepts.concept(key);
        ConceptGraph graph = concepts.graph();
        Map<String, String> names = new TreeMap<>();
        detail.prerequisites().forEach(p -> names.put(p.prerequisite(), name(graph, p.prerequisite())));
        detail.dependents().forEach(p -> names.put(p.concept(), name(graph, p.concept())));
        if (detail.concept().parent() != null) {
            names.put(detail.concept().parent(), name(graph, detail.concept().parent()));
        }
        model.addAttribute("detail", detail);
        model.addAttribute("names", names);
        model.addAttribute("canManage", concepts.canManage());
        return "mastery/concepts/concept";
    }

    private String render(@Nullable String subject, Model model, @Nullable ImportReport report,
            @Nullable ApiException problem, @Nullable String format) {
        ConceptGraph graph = concepts.graph();
        List<String> subjects = graph.subjects();
        String shown = subject != null && subjects.contains(subject) ? subject
                : subjects.isEmpty() ? null : subjects.get(0);
        List<ConceptRow> rows = new ArrayList<>();
        if (shown != null) {
            for (Concept concept : graph.subject(shown)) {
                Map<String, String> names = new TreeMap<>();
                graph.prerequisitesOf(concept.key()).forEach(p -> names.put(p.prerequisite(),
                        name(graph, p.prerequisite())));
                rows.add(new ConceptRow(concept, graph.prerequisitesOf(concept.key()), names));
            }
            rows.sort((a, b) -> a.concept().layer() != b.concept().layer()
                    ? Integer.compare(a.concept().layer(), b.concept().layer())
                    : a.concept().name().compareTo(b.concept().name()));
        }
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String subjectName = shown == null ? "" : messages.getMessage("concepts.subject." + shown, null, shown, locale);
        String label = messages.getMessage("concepts.graph.label", new Object[] {subjectName}, locale);
        model.addAttribute("subjects", subjects);
        model.addAttribute("subject", shown);
        model.addAttribute("svg", shown == null ? null : ConceptGraphSvg.render(graph, shown, null, label));
        model.addAttribute("rows", rows);
        model.addAttribute("total", graph.size());
        model.addAttribute("report", report);
        model.addAttribute("problem", problem);
        model.addAttribute("violations", problem == null ? List.<FieldViolation>of() : problem.errors());
        model.addAttribute("format", format == null ? "json" : format);
        model.addAttribute("maxMegabytes", ConceptGraphService.MAX_FILE_BYTES / (1024 * 1024));
        return "mastery/concepts/list";
    }

    private static String name(ConceptGraph graph, String key) {
        return graph.concept(key).map(Concept::name).orElse(key);
    }

    private static String guess(@Nullable MultipartFile file) {
        String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "csv" : "json";
    }
}
