package org.vidya.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.vidya.identity.auth.AccountService;
import org.vidya.platform.ApiException;

/** Signing up, and confirming the e-mail address with the link we send. */
@Controller
class RegistrationPageController {

    private final AccountService accounts;

    RegistrationPageController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/register")
    String registrationPage(Model model) {
        model.addAttribute("registrationForm", RegistrationForm.empty());
        return "identity/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("registrationForm") RegistrationForm form, BindingResult result,
            Model model, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/register";
        }
        try {
            accounts.register(form.email(), form.password(), form.displayName(), form.organizationSlug());
        } catch (ApiException e) {
            FormProblems.show(e, result, response, Map.of("tenant", "organization"));
            return "identity/register";
        }
        model.addAttribute("email", form.email().strip());
        return "identity/registered";
    }

    @GetMapping("/verify-email/{token}")
    String verifyEmail(@PathVariable @Size(max = 200) String token, Model model, HttpServletResponse response) {
        try {
            accounts.verifyEmail(token);
            model.addAttribute("verified", true);
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("verified", false);
            model.addAttribute("invalidLink", true);
            model.addAttribute("emailForm", EmailForm.empty());
        }
        return "identity/verify-email";
    }

    @PostMapping("/verify-email/resend")
    String resend(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        model.addAttribute("verified", false);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/verify-email";
        }
        try {
            accounts.resendVerification(form.email());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return "identity/verify-email";
        }
        model.addAttribute("resent", true);
        return "identity/verify-email";
    }
}
