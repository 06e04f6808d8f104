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
import org.vidya.organization.domain.ClassMember;
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

/** Classes for org admins: create, rename, delete, and put teachers and learners in them. */
@Controller
@RequestMapping("/admin/classes")
class ClassAdminPageController {

    record ClassForm(@Nullable @NotBlank @Size(max = 120) @PlainText String name,
            @Nullable @Size(max = 32) @PlainText String grade, @Nullable @Size(max = 32) @PlainText String section,
            @Nullable @Size(max = 16) @PlainText String academicYear) {
        static ClassForm empty() {
            return new ClassForm("", "", "", "");
        }

        static ClassForm of(GroupService.ClassView c) {
            return new ClassForm(c.name(), c.grade(), c.section(), c.academicYear());
        }
    }

    private final GroupService groups;
    private final MemberService members;

    ClassAdminPageController(GroupService groups, MemberService members) {
        this.groups = groups;
        this.members = members;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.CLASSES_MANAGE);
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        return renderList(model, cursor, ClassForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ClassForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderList(model, null, form, FormErrors.of(binding));
        }
        try {
            GroupService.ClassView created = groups.createClass(form.name(), FormInput.blankToNull(form.grade()),
                    FormInput.blankToNull(form.section()), FormInput.blankToNull(form.academicYear()));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.classes.created", created.name()));
            return "redirect:/admin/classes/" + created.id();
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderList(model, null, form, FormErrors.of(e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        return renderClass(model, id, null, FormErrors.NONE);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ClassForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return renderClass(model, id, form, FormErrors.of(binding));
        }
        try {
            GroupService.ClassView saved = groups.updateClass(id, form.name(), FormInput.blankToNull(form.grade()),
                    FormInput.blankToNull(form.section()), FormInput.blankToNull(form.academicYear()));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.classes.saved", saved.name()));
            return "redirect:/admin/classes/" + id;
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderClass(model, id, form, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        String name = groups.classDetail(id).summary().name();
        groups.deleteClass(id);
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.classes.deleted", name));
        return "redirect:/admin/classes";
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable UUID id, @RequestParam(required = false) @Nullable String userId,
            @RequestParam ClassMember.ClassRole role, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            groups.addToClass(id, new UserId(FormInput.requiredUuid(userId, "userId")), role);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(role == ClassMember.ClassRole.TEACHER
                    ? "org.classes.teacherAdded" : "org.classes.learnerAdded"));
            return "redirect:/admin/classes/" + id;
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderClass(model, id, null, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/members/{userId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID userId, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        groups.removeFromClass(id, new UserId(userId));
        Notice notice = Notice.of("org.classes.memberRemoved");
        if (PageAccess.isHtmx(request)) {
            model.addAttribute("live", notice);
            return "organization/fragments :: live";
        }
        redirect.addFlashAttribute(Notice.FLASH, notice);
        return "redirect:/admin/classes/" + id;
    }

    private String renderList(Model model, @Nullable String cursor, ClassForm form, FormErrors errors) {
        model.addAttribute("page", groups.classes(cursor, GroupPageController.PAGE_SIZE));
        model.addAttribute("cursor", cursor);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/admin/classes";
    }

    private String renderClass(Model model, UUID id, @Nullable ClassForm form, FormErrors errors) {
        GroupService.ClassDetail detail = groups.classDetail(id);
        Set<UUID> inClass = detail.members().stream().map(GroupService.Person::userId).collect(Collectors.toSet());
        model.addAttribute("schoolClass", detail.summary());
        model.addAttribute("people", detail.members());
        model.addAttribute("teacherOptions", members.options(Role.TEACHER).stream()
                .filter(o -> !inClass.contains(o.userId())).toList());
        model.addAttribute("learnerOptions", members.options(Role.LEARNER).stream()
                .filter(o -> !inClass.contains(o.userId())).toList());
        model.addAttribute("form", form == null ? ClassForm.of(detail.summary()) : form);
        model.addAttribute("errors", errors);
        return "organization/admin/class";
    }
}
