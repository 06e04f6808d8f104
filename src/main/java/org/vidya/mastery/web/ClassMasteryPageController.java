package org.vidya.mastery.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.MasteryProperties;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.PageAccess;

/**
 * The teacher's class heatmap: each learner's mastery of each concept of a subject, sortable by a
 * concept, and the concepts most of the class is weak in. Only a teacher of the class (or an
 * organization admin) may open it; to anyone else the class does not exist. The reads of the
 * learners' states are audited by the knowledge states themselves.
 */
@Controller
class ClassMasteryPageController {

    static final int SORT_LIMIT = 200;

    private final OrganizationManagement organization;
    private final ConceptGraphs graphs;
    private final KnowledgeStates knowledge;
    private final MasteryProperties properties;
    private final MessageSource messages;

    ClassMasteryPageController(OrganizationManagement organization, ConceptGraphs graphs,
            KnowledgeStates knowledge, MasteryProperties properties, MessageSource messages) {
        this.organization = organization;
        this.graphs = graphs;
        this.knowledge = knowledge;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/mastery/classes/{classId}")
    String heatmap(@PathVariable UUID classId, @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(required = false, defaultValue = "asc") String order, Locale locale, Model model) {
        PageAccess.require(Permission.MASTERY_CLASS_READ);
        ClassId id = new ClassId(classId);
        String name = readableClass(id);
        ConceptGraph graph = graphs.current();
        List<String> subjects = graph.subjects();
        String shown = subject != null && subjects.contains(subject) ? subject
                : subjects.isEmpty() ? null : subjects.getFirst();
        List<GroupMember> learners = organization.classLearners(id);
        ClassMasteryHeatmap heatmap = ClassMasteryHeatmap.of(shown == null ? List.of() : graph.subject(shown),
                learners, learners.isEmpty() ? java.util.Map.of()
                        : knowledge.ofLearners(learners.stream().map(GroupMember::userId).toList()),
                properties.masteredThreshold(), sort != null && sort.length() <= SORT_LIMIT ? sort : null,
                "desc".equals(order));
        model.addAttribute("classId", classId);
        model.addAttribute("className", name);
        model.addAttribute("subjects", subjects);
        model.addAttribute("subject", shown);
        model.addAttribute("heatmap", heatmap);
        model.addAttribute("threshold", MasteryTexts.percent(properties.masteredThreshold()));
        model.addAttribute("texts", new MasteryTexts(messages, locale));
        return "mastery/teacher/heatmap";
    }

    // A class the reader does not teach answers as one that does not exist, so ids reveal nothing.
    private String readableClass(ClassId id) {
        VidyaPrincipal me = CurrentUser.get();
        boolean mayRead = me.has(Permission.CLASSES_MANAGE) || organization.teachesClass(me.userId(), id);
        return organization.className(id).filter(n -> mayRead)
                .orElseThrow(() -> ApiException.notFound("class-not-found", "No such class"));
    }
}
