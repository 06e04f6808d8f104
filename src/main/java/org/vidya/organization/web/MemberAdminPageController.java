package org.vidya.organization.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import org.vidya.organization.domain.MemberService;
import org.vidya.organization.domain.Membership;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.PlainText;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The members of the organization for its admins: a list filtered by role and paged by cursor,
 * adding a person, and per row changing roles, suspending or reactivating, and removing. Row
 * actions answer htmx with the new row; without JavaScript they redirect back to the list.
 */
@Controller
@RequestMapping("/admin/members")
class MemberAdminPageController {

    record MemberForm(@Nullable @NotBlank @Email @Size(max = 320) String email,
            @Nullable @NotBlank @Size(max = 120) @PlainText String displayName,
            @Nullable @Size(max = 8) List<@Size(max = 40) String> roles) {
        static MemberForm empty() {
            return new MemberForm("", "", List.of("learner"));
        }
    }

    private final MemberService members;

    MemberAdminPageController(MemberService members) {
        this.members = members;
    }

    @ModelAttribute
    void allowed(Model model) {
        PageAccess.require(Permission.MEMBERS_MANAGE);
        model.addAttribute("assignableRoles", FormInput.ASSIGNABLE_ROLES);
        model.addAttribute("myUserId", CurrentUser.id().value());
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String cursor, Model model) {
        return render(model, role, cursor, MemberForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, null, null, form, FormErrors.of(binding));
        }
        try {
            MemberService.MemberView added = members.add(form.email(), form.displayName(),
                    FormInput.roles(form.roles(), "roles"));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.members.added", added.displayName()));
            return "redirect:/admin/members";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, null, null, form, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/roles")
    String changeRoles(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> roles,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        return rowAction(request, model, redirect, "org.members.rolesChanged",
                () -> members.update(id, FormInput.roles(roles, "roles"), null));
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable UUID id, @RequestParam Membership.Status status, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        return rowAction(request, model, redirect,
                status == Membership.Status.SUSPENDED ? "org.members.suspended" : "org.members.reactivated",
                () -> members.update(id, null, status));
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (PageAccess.isHtmx(request)) {
            String name = members.get(id).displayName();
            members.remove(id);
            model.addAttribute("live", Notice.of("org.members.removed", name));
            return "organization/fragments :: live";
        }
        try {
            String name = members.get(id).displayName();
            members.remove(id);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.members.removed", name));
        } catch (ApiException e) {
            redirect.addFlashAttribute(Notice.FAILURE, e.getMessage());
        }
        return "redirect:/admin/members";
    }

    /** htmx gets the changed row (errors become problems, shown by the page script); a form gets a redirect. */
    private String rowAction(HttpServletRequest request, Model model, RedirectAttributes redirect, String noticeKey,
            java.util.function.Supplier<MemberService.MemberView> action) {
        if (PageAccess.isHtmx(request)) {
            MemberService.MemberView changed = action.get();
            model.addAttribute("m", changed);
            model.addAttribute("live", Notice.of(noticeKey, changed.displayName()));
            return "organization/admin/member-row :: result";
        }
        try {
            MemberService.MemberView changed = action.get();
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(noticeKey, changed.displayName()));
        } catch (ApiException e) {
            redirect.addFlashAttribute(Notice.FAILURE, e.getMessage());
        }
        return "redirect:/admin/members";
    }

    private String render(Model model, @Nullable String role, @Nullable String cursor, MemberForm form,
            FormErrors errors) {
        Role filter;
        try {
            filter = FormInput.role(role, "role");
        } catch (ApiException e) {
            filter = null;
        }
        model.addAttribute("page", members.list(filter, cursor, GroupPageController.PAGE_SIZE));
        model.addAttribute("role", filter == null ? "" : filter.code());
        model.addAttribute("cursor", cursor);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/admin/members";
    }
}
