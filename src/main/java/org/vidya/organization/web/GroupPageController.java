package org.vidya.organization.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.organization.domain.GroupService;

/** Classes and teams as their people see them: lists and who is in each. */
@Controller
class GroupPageController {

    static final int PAGE_SIZE = 50;

    private final GroupService groups;

    GroupPageController(GroupService groups) {
        this.groups = groups;
    }

    @GetMapping("/classes")
    String classes(@RequestParam(required = false) @Nullable String cursor, Model model) {
        model.addAttribute("page", groups.classes(cursor, PAGE_SIZE));
        model.addAttribute("cursor", cursor);
        return "organization/classes";
    }

    @GetMapping("/classes/{id}")
    String schoolClass(@PathVariable UUID id, Model model) {
        GroupService.ClassDetail detail = groups.classDetail(id);
        model.addAttribute("schoolClass", detail.summary());
        model.addAttribute("teachers", detail.members().stream().filter(p -> p.role().equals("teacher")).toList());
        model.addAttribute("learners", detail.members().stream().filter(p -> p.role().equals("learner")).toList());
        return "organization/class";
    }

    @GetMapping("/teams")
    String teams(@RequestParam(required = false) @Nullable String cursor, Model model) {
        model.addAttribute("page", groups.teams(cursor, PAGE_SIZE));
        model.addAttribute("cursor", cursor);
        return "organization/teams";
    }

    @GetMapping("/teams/{id}")
    String team(@PathVariable UUID id, Model model) {
        GroupService.TeamDetail detail = groups.teamDetail(id);
        model.addAttribute("team", detail.summary());
        model.addAttribute("members", detail.members());
        return "organization/team";
    }
}
