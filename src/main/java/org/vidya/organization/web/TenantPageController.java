package org.vidya.organization.web;

import java.util.UUID;

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
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.Tenant;
import org.vidya.organization.domain.TenantService;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.PlainText;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** Tenants for platform admins: the list with seats used, creating one with its first admin, suspending. */
@Controller
@RequestMapping("/platform/tenants")
class TenantPageController {

    record TenantForm(@Nullable @NotBlank @Size(max = 64) String slug,
            @Nullable @NotBlank @Size(max = 120) @PlainText String name, @Nullable @Size(max = 16) String type,
            @Nullable @Size(max = 10) String seatLimit, @Nullable Boolean selfRegistration,
            @Nullable @NotBlank @Email @Size(max = 320) String adminEmail,
            @Nullable @NotBlank @Size(max = 120) @PlainText String adminName) {
        static TenantForm empty() {
            return new TenantForm("", "", TenantType.SCHOOL.name(), "", false, "", "");
        }
    }

    private final TenantService tenants;

    TenantPageController(TenantService tenants) {
        this.tenants = tenants;
    }

    @ModelAttribute
    void allowed(Model model) {
        PageAccess.require(Permission.TENANTS_MANAGE);
        model.addAttribute("types", TenantType.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        return render(model, cursor, TenantForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") TenantForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, null, form, FormErrors.of(binding));
        }
        try {
            TenantService.TenantAdminView created = tenants.create(form.slug().strip(), form.name(),
                    type(form.type()), FormInput.integer(form.seatLimit(), "seatLimit"),
                    Boolean.TRUE.equals(form.selfRegistration()), form.adminEmail(), form.adminName());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.tenants.created", created.tenant().name()));
            return "redirect:/platform/tenants";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, null, form, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable UUID id, @RequestParam Tenant.Status status, RedirectAttributes redirect) {
        TenantService.TenantAdminView changed = tenants.setStatus(id, status);
        redirect.addFlashAttribute(Notice.FLASH, Notice.of(status == Tenant.Status.SUSPENDED
                ? "org.tenants.suspended" : "org.tenants.reactivated", changed.tenant().name()));
        return "redirect:/platform/tenants";
    }

    private static TenantType type(@Nullable String value) {
        try {
            return TenantType.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("type", "unknown-type", "choose school, enterprise or public");
        }
    }

    private String render(Model model, @Nullable String cursor, TenantForm form, FormErrors errors) {
        model.addAttribute("page", tenants.list(cursor, GroupPageController.PAGE_SIZE));
        model.addAttribute("cursor", cursor);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/tenants";
    }
}
