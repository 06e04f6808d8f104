package org.vidya.organization.web;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.organization.domain.GuardianService;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** A parent's children, and asking the school to link a child. */
@Controller
@RequestMapping("/children")
class ChildrenPageController {

    record ChildLinkForm(@Nullable @NotBlank @Email @Size(max = 320) String childEmail) {
        static ChildLinkForm empty() {
            return new ChildLinkForm("");
        }
    }

    private final GuardianService guardians;

    ChildrenPageController(GuardianService guardians) {
        this.guardians = guardians;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.CHILDREN_READ);
    }

    @GetMapping
    String children(Model model) {
        return render(model, ChildLinkForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String request(@Valid @ModelAttribute("form") ChildLinkForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, form, FormErrors.of(binding));
        }
        try {
            GuardianService.LinkView link = guardians.request(null, form.childEmail());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.children.requested", link.childName()));
            return "redirect:/children";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, form, FormErrors.of(e));
        }
    }

    @PostMapping("/links/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            guardians.revoke(id);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.children.withdrawn"));
        } catch (ApiException e) {
            redirect.addFlashAttribute(Notice.FAILURE, e.getMessage());
        }
        return "redirect:/children";
    }

    private String render(Model model, ChildLinkForm form, FormErrors errors) {
        VidyaPrincipal me = CurrentUser.get();
        List<GuardianService.LinkView> mine = guardians.visibleLinks().stream()
                .filter(l -> l.parentId().equals(me.userId().value())).toList();
        model.addAttribute("children", mine.stream().filter(l -> "CONFIRMED".equals(l.status())).toList());
        model.addAttribute("pending", mine.stream().filter(l -> "PENDING".equals(l.status())).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/children";
    }
}
