package org.vidya.organization.web;

import java.time.Clock;
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
import org.vidya.organization.domain.GroupService;
import org.vidya.organization.domain.InvitationService;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Permission;
import org.vidya.platform.PlainText;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** Invitations for org admins: send one by e-mail (optionally into a class or team), list, revoke. */
@Controller
@RequestMapping("/admin/invitations")
class InvitationAdminPageController {

    record InvitationForm(@Nullable @NotBlank @Email @Size(max = 320) String email,
            @Nullable @NotBlank @Size(max = 120) @PlainText String displayName,
            @Nullable @Size(max = 8) List<@Size(max = 40) String> roles, @Nullable @Size(max = 40) String classId,
            @Nullable @Size(max = 40) String teamId) {
        static InvitationForm empty() {
            return new InvitationForm("", "", List.of("learner"), "", "");
        }
    }

    /** An invitation as its row shows it: "pending" turns into "expired" once the link no longer works. */
    record InvitationRow(InvitationService.InvitationView invitation, String state) {
    }

    private final InvitationService invitations;
    private final GroupService groups;
    private final Clock clock;

    InvitationAdminPageController(InvitationService invitations, GroupService groups, Clock clock) {
        this.invitations = invitations;
        this.groups = groups;
        this.clock = clock;
    }

    @ModelAttribute
    void allowed(Model model) {
        PageAccess.require(Permission.INVITATIONS_MANAGE);
        model.addAttribute("assignableRoles", FormInput.ASSIGNABLE_ROLES);
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        return render(model, cursor, InvitationForm.empty(), FormErrors.NONE);
    }

    @PostMapping
    String send(@Valid @ModelAttribute("form") InvitationForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, null, form, FormErrors.of(binding));
        }
        try {
            InvitationService.InvitationView sent = invitations.invite(form.email(), form.displayName(),
                    FormInput.roles(form.roles(), "roles"), FormInput.uuid(form.classId(), "classId"),
                    FormInput.uuid(form.teamId(), "teamId"), groups);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.invitations.sent", sent.email()));
            return "redirect:/admin/invitations";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, null, form, FormErrors.of(e));
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        invitations.revoke(id);
        Notice notice = Notice.of("org.invitations.revoked");
        if (PageAccess.isHtmx(request)) {
            model.addAttribute("live", notice);
            return "organization/admin/invitations :: revoked";
        }
        redirect.addFlashAttribute(Notice.FLASH, notice);
        return "redirect:/admin/invitations";
    }

    private String render(Model model, @Nullable String cursor, InvitationForm form, FormErrors errors) {
        CursorPage<InvitationService.InvitationView> page = invitations.list(cursor, GroupPageController.PAGE_SIZE);
        var now = clock.instant();
        model.addAttribute("rows", page.items().stream().map(i -> new InvitationRow(i,
                "PENDING".equals(i.status()) && !now.isBefore(i.expiresAt()) ? "EXPIRED" : i.status())).toList());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("cursor", cursor);
        model.addAttribute("classes", groups.classes(null, 200).items());
        model.addAttribute("teams", groups.teams(null, 200).items());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/admin/invitations";
    }
}
