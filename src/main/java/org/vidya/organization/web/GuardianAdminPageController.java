package org.vidya.organization.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.organization.domain.GuardianService;
import org.vidya.organization.domain.MemberService;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** Parent–child links for org admins: every link, confirming requests, revoking, linking directly. */
@Controller
@RequestMapping("/admin/guardians")
class GuardianAdminPageController {

    record GuardianForm(@Nullable @NotBlank @Size(max = 40) String parentId,
            @Nullable @NotBlank @Email @Size(max = 320) String childEmail) {
        static GuardianForm empty() {
            return new GuardianForm("", "");
        }
    }

    private final GuardianService guardians;
    private final MemberService members;

    GuardianAdminPageController(GuardianService guardians, MemberService members) {
        this.guardians = guardians;
        this.members = members;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.GUARDIAN_LINKS_MANAGE);
    }

    @GetMapping
    String list(Model model) {
        return render(model, GuardianForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String link(@Valid @ModelAttribute("form") GuardianForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, form, FormErrors.of(binding));
        }
        try {
            GuardianService.LinkView link = guardians.request(FormInput.requiredUuid(form.parentId(), "parentId"),
                    form.childEmail());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.guardians.linked",
                    link.parentName() + " – " + link.childName()));
            return "redirect:/admin/guardians";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, form, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (PageAccess.isHtmx(request)) {
            GuardianService.LinkView link = guardians.confirm(id);
            model.addAttribute("link", link);
            model.addAttribute("live", Notice.of("org.guardians.confirmed", link.childName()));
            return "organization/admin/guardian-row :: result";
        }
        try {
            GuardianService.LinkView link = guardians.confirm(id);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.guardians.confirmed", link.childName()));
        } catch (ApiException e) {
            redirect.addFlashAttribute(Notice.FAILURE, e.getMessage());
        }
        return "redirect:/admin/guardians";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        guardians.revoke(id);
        Notice notice = Notice.of("org.guardians.revoked");
        if (PageAccess.isHtmx(request)) {
            model.addAttribute("live", notice);
            return "organization/fragments :: live";
        }
        redirect.addFlashAttribute(Notice.FLASH, notice);
        return "redirect:/admin/guardians";
    }

    private String render(Model model, GuardianForm form, FormErrors errors) {
        model.addAttribute("links", guardians.visibleLinks());
        model.addAttribute("parentOptions", members.options(Role.PARENT));
        model.addAttribute("learnerOptions", members.options(Role.LEARNER));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/admin/guardians";
    }
}
