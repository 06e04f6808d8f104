package org.vidya.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.identity.auth.AccountService;
import org.vidya.platform.ApiException;

/** Forgotten passwords: a link by e-mail, then a new password chosen from that link. */
@Controller
class PasswordResetPageController {

    private final AccountService accounts;

    PasswordResetPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/forgot-password")
    String forgotPage(Model model) {
        model.addAttribute("emailForm", EmailForm.empty());
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgot(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/forgot-password";
        }
        try {
            accounts.forgotPassword(form.email());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return "identity/forgot-password";
        }
        // The same answer whether or not the address has an account.
        model.addAttribute("sent", true);
        return "identity/forgot-password";
    }

    @GetMapping("/reset-password")
    String resetPage(@RequestParam(required = false) @Nullable String token, Model model,
            HttpServletResponse response) {
        if (token == null || token.isBlank() || token.length() > 200) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalidLink", true);
            return "identity/reset-password";
        }
        model.addAttribute("resetPasswordForm", new ResetPasswordForm(token, null, null));
        return "identity/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@Valid @ModelAttribute("resetPasswordForm") ResetPasswordForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        if (form.token() == null || form.token().isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalidLink", true);
            return "identity/reset-password";
        }
        if (!result.hasFieldErrors("confirmPassword") && !form.confirmed()) {
            result.rejectValue("confirmPassword", "identity.error.mismatch", "does not match the new password");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/reset-password";
        }
        try {
            accounts.resetPassword(form.token(), form.password());
        } catch (ApiException e) {
            if ("invalid-link".equals(e.code())) {
                response.setStatus(e.status().value());
                model.addAttribute("invalidLink", true);
                return "identity/reset-password";
            }
            FormProblems.show(e, result, response);
            return "identity/reset-password";
        }
        model.addAttribute("changed", true);
        return "identity/reset-password";
    }
}
