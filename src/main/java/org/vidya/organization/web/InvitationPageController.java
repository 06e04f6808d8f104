package org.vidya.organization.web;

import java.util.Objects;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.organization.domain.InvitationService;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.PlainText;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;

/**
 * The page an invitation e-mail links to; open without signing in. Someone new chooses a name
 * and password and then signs in; someone who already has an account signs in as the invited
 * address and accepts with one button.
 */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationPageController {

    record AcceptForm(@Nullable @NotBlank @Size(max = 120) @PlainText String displayName,
            @Nullable @NotBlank @Size(max = 128) String password, @Nullable @Size(max = 128) String confirmPassword) {
    }

    private final InvitationService invitations;

    InvitationPageController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String show(@PathVariable @Size(max = 200) String token, Model model) {
        InvitationService.InvitationPreview preview = invitations.preview(token);
        return render(model, token, preview, new AcceptForm(preview.displayName(), "", ""), FormErrors.NONE);
    }

    /** A new person completes their account. */
    @PostMapping
    String complete(@PathVariable @Size(max = 200) String token, @Valid @ModelAttribute("form") AcceptForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        InvitationService.InvitationPreview preview = invitations.preview(token);
        FormErrors errors = binding.hasErrors() ? FormErrors.of(binding)
                : !Objects.equals(form.password(), form.confirmPassword())
                        ? FormErrors.of(ApiException.invalid("confirmPassword", "mismatch",
                                "does not match the password"))
                        : FormErrors.NONE;
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, token, preview, blankPasswords(form), errors);
        }
        try {
            invitations.accept(token, form.password(), form.displayName());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.invitation.ready", preview.tenantName()));
            return "redirect:/login?invited";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, token, preview, blankPasswords(form), FormErrors.of(e));
        }
    }

    /** Someone signed in as the invited address joins. */
    @PostMapping("/accept")
    String accept(@PathVariable @Size(max = 200) String token, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        InvitationService.InvitationPreview preview = invitations.preview(token);
        try {
            invitations.accept(token, null, null);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("org.invitation.joined", preview.tenantName()));
            return "redirect:/";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return render(model, token, preview, new AcceptForm(preview.displayName(), "", ""), FormErrors.of(e));
        }
    }

    private static AcceptForm blankPasswords(AcceptForm form) {
        return new AcceptForm(form.displayName(), "", "");
    }

    private String render(Model model, String token, InvitationService.InvitationPreview preview, AcceptForm form,
            FormErrors errors) {
        VidyaPrincipal me = CurrentUser.find().orElse(null);
        model.addAttribute("token", token);
        model.addAttribute("invitation", preview);
        model.addAttribute("signedIn", me != null);
        model.addAttribute("signedInAsInvited", me != null && me.email().equalsIgnoreCase(preview.email()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/invitation";
    }
}
