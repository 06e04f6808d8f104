package org.vidya.organization.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.organization.domain.GroupService;
import org.vidya.organization.domain.MemberService;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.PlainText;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** Teams for org admins: create, rename, delete, choose the manager, add and remove members. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminPageController {

    record TeamForm(@Nullable @NotBlank @Size(max = 120) @PlainText String name,
            @Nullable @Size(max = 40) String managerId) {
        static TeamForm empty() {
            return new TeamForm("", "");
        }

        static TeamForm of(GroupService.TeamView t) {
            return new TeamForm(t.name(), t.managerId() == null ? "" : t.managerId().toString());
        }
    }

    private final GroupService groups;
    private final MemberService members;

    TeamAdminPageController(GroupService groups, MemberService members) {
        this.groups = groups;
        this.members = members;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.TEAMS_MANAGE);
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        return renderList(model, cursor, TeamForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderList(model, null, form, FormErrors.of(binding));
        }
        try {
            GroupService.TeamView created = groups.createTeam(form.name(), manager(form));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.teams.created", created.name()));
            return "redirect:/admin/teams/" + created.id();
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderList(model, null, form, FormErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return renderTeam(model, id, null, FormErrors.NONE);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") TeamForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderTeam(model, id, form, FormErrors.of(binding));
        }
        try {
            GroupService.TeamView saved = groups.updateTeam(id, form.name(), manager(form));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.teams.saved", saved.name()));
            return "redirect:/admin/teams/" + id;
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderTeam(model, id, form, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        String name = groups.teamDetail(id).summary().name();
        groups.deleteTeam(id);
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.teams.deleted", name));
        return "redirect:/admin/teams";
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable UUID id, @RequestParam(required = false) @Nullable String userId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            groups.addToTeam(id, new UserId(FormInput.requiredUuid(userId, "userId")));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.teams.memberAdded"));
            return "redirect:/admin/teams/" + id;
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderTeam(model, id, null, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID userId, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        groups.removeFromTeam(id, new UserId(userId));
        Notice notice = Notice.of("org.teams.memberRemoved");
        if (PageAccess.isHtmx(request)) {
            model.addAttribute("live", notice);
            return "organization/fragments :: live";
        }
        redirect.addFlashAttribute(Notice.FLASH, notice);
        return "redirect:/admin/teams/" + id;
    }

    private static @Nullable UserId manager(TeamForm form) {
        UUID id = FormInput.uuid(form.managerId(), "managerId");
        return id == null ? null : new UserId(id);
    }

    private String renderList(Model model, @Nullable String cursor, TeamForm form, FormErrors errors) {
        model.addAttribute("page", groups.teams(cursor, GroupPageController.PAGE_SIZE));
        model.addAttribute("cursor", cursor);
        model.addAttribute("managerOptions", members.options(Role.TEAM_MANAGER));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/admin/teams";
    }

    private String renderTeam(Model model, UUID id, @Nullable TeamForm form, FormErrors errors) {
        GroupService.TeamDetail detail = groups.teamDetail(id);
        Set<UUID> inTeam = detail.members().stream().map(GroupService.Person::userId).collect(Collectors.toSet());
        model.addAttribute("team", detail.summary());
        model.addAttribute("people", detail.members());
        model.addAttribute("managerOptions", members.options(Role.TEAM_MANAGER));
        model.addAttribute("memberOptions", members.options(null).stream()
                .filter(o -> !inTeam.contains(o.userId())).toList());
        model.addAttribute("form", form == null ? TeamForm.of(detail.summary()) : form);
        model.addAttribute("errors", errors);
        return "organization/admin/team";
    }
}
