package org.vidya.organization.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.organization.TenantSummary;
import org.vidya.organization.domain.TenantService;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.PlainText;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** The organization's own settings: name, branding, features, data retention, seats, self-registration. */
@Controller
@RequestMapping("/admin/settings")
class SettingsPageController {

    /**
     * Numbers arrive as text so that a typo comes back as a field error with the rest of the form kept;
     * an unticked checkbox sends nothing, hence the nullable boolean.
     */
    record SettingsForm(@Nullable @NotBlank @Size(max = 120) @PlainText String name,
            @Nullable @NotBlank @Size(max = 7) String brandColor, @Nullable @Size(max = 200) @PlainText String tagline,
            @Nullable @Size(max = 20) List<@Size(max = 40) String> features,
            @Nullable @Size(max = 10) String retentionDays, @Nullable @Size(max = 10) String seatLimit,
            @Nullable Boolean selfRegistration) {
        static SettingsForm of(TenantSummary t) {
            return new SettingsForm(t.name(), t.brandColor(), t.tagline(), List.copyOf(t.features()),
                    String.valueOf(t.retentionDays()), t.seatLimit() == null ? "" : String.valueOf(t.seatLimit()),
                    t.selfRegistration());
        }
    }

    private final TenantService tenants;

    SettingsPageController(TenantService tenants) {
        this.tenants = tenants;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.TENANT_SETTINGS_MANAGE);
    }

    @GetMapping
    String settings(Model model) {
        return render(model, SettingsForm.of(tenants.current().tenant()), FormErrors.NONE);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") SettingsForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, form, FormErrors.of(binding));
        }
        try {
            Integer retention = FormInput.integer(form.retentionDays(), "retentionDays");
            if (retention == null) {
                throw ApiException.invalid("retentionDays", "required", "must not be blank");
            }
            Set<String> features = form.features() == null ? Set.of() : new TreeSet<>(form.features());
            tenants.updateCurrent(form.name(), form.brandColor(), FormInput.blankToNull(form.tagline()), features,
                    retention, FormInput.integer(form.seatLimit(), "seatLimit"),
                    Boolean.TRUE.equals(form.selfRegistration()));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.settings.saved"));
            return "redirect:/admin/settings";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, form, FormErrors.of(e));
        }
    }

    private String render(Model model, SettingsForm form, FormErrors errors) {
        TenantService.TenantAdminView current = tenants.current();
        model.addAttribute("tenant", current.tenant());
        model.addAttribute("seatsUsed", current.seatsUsed());
        model.addAttribute("allFeatures", new TreeSet<>(TenantService.FEATURES));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/admin/settings";
    }
}
