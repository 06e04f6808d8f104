package org.vidya.identity.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
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
import org.vidya.identity.auth.SignInService;
import org.vidya.identity.domain.TokenFamily;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.UserId;

/**
 * Signing in with a browser: a password or an e-mailed code first, then, when the account
 * needs one, a code from an authenticator app, which staff set up here on their first sign-in.
 */
@Controller
class SignInPageController {

    private static final TokenFamily.Channel BROWSER = TokenFamily.Channel.BROWSER;

    private final SignInService signIn;
    private final AccountService accounts;
    private final BrowserSessions sessions;
    private final Clock clock;

    SignInPageController(SignInService signIn, AccountService accounts, BrowserSessions sessions, Clock clock) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/login")
    String signInPage(@RequestParam(required = false) @Nullable String signedOut,
            @RequestParam(required = false) @Nullable String expired,
            @RequestParam(required = false) @Nullable String invited, Model model) {
        if (CurrentUser.find().isPresent()) {
            return "redirect:/";
        }
        model.addAttribute("signInForm", SignInForm.empty());
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("expired", expired != null);
        model.addAttribute("invited", invited != null);
        return "identity/sign-in";
    }

    @PostMapping("/login")
    String signIn(@Valid @ModelAttribute("signInForm") SignInForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/sign-in";
        }
        try {
            UserId user = signIn.firstFactor(form.email(), form.password(), null);
            return secondStep(user, request, response);
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return "identity/sign-in";
        }
    }

    @GetMapping("/login/code")
    String codePage(Model model) {
        model.addAttribute("emailForm", EmailForm.empty());
        return "identity/sign-in-code";
    }

    @PostMapping("/login/code")
    String sendCode(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/sign-in-code";
        }
        try {
            signIn.sendSignInCode(form.email());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return "identity/sign-in-code";
        }
        model.addAttribute("signInCodeForm", new SignInCodeForm(form.email().strip(), null));
        model.addAttribute("codeSent", true);
        return "identity/sign-in-code";
    }

    @PostMapping("/login/code/verify")
    String verifyCode(@Valid @ModelAttribute("signInCodeForm") SignInCodeForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                UserId user = signIn.firstFactor(form.email(), null, form.code().strip());
                return secondStep(user, request, response);
            } catch (ApiException e) {
                FormProblems.show(e, result, response);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "identity/sign-in-code";
    }

    @GetMapping("/login/totp")
    String totpPage(HttpServletRequest request, Model model) {
        if (sessions.pending(request).filter(PendingSignIn::awaitsTotp).isEmpty()) {
            return "redirect:/login?expired";
        }
        model.addAttribute("totpForm", TotpForm.empty());
        return "identity/sign-in-totp";
    }

    @PostMapping("/login/totp")
    String verifyTotp(@Valid @ModelAttribute("totpForm") TotpForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        PendingSignIn pending = sessions.pending(request).filter(PendingSignIn::awaitsTotp).orElse(null);
        if (pending == null) {
            return "redirect:/login?expired";
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "identity/sign-in-totp";
        }
        try {
            return "redirect:" + sessions.signIn(signIn.secondFactor(pending.user(), form.digits(), null, BROWSER),
                    request, response);
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return "identity/sign-in-totp";
        }
    }

    @GetMapping("/login/totp-setup")
    String setupPage(HttpServletRequest request, Model model) {
        PendingSignIn pending = sessions.pending(request).filter(PendingSignIn::awaitsEnrolment).orElse(null);
        if (pending == null) {
            return "redirect:/login?expired";
        }
        try {
            model.addAttribute("setup", setup(pending, request));
        } catch (ApiException e) {
            return "redirect:/login?expired";
        }
        model.addAttribute("totpForm", TotpForm.empty());
        return setupView(model);
    }

    @PostMapping("/login/totp-setup")
    String confirmSetup(@Valid @ModelAttribute("totpForm") TotpForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        PendingSignIn pending = sessions.pending(request).filter(PendingSignIn::awaitsEnrolment).orElse(null);
        AuthenticatorSetup setup = sessions.setup(request).orElse(null);
        if (pending == null || setup == null) {
            return "redirect:/login?expired";
        }
        model.addAttribute("setup", setup);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return setupView(model);
        }
        try {
            var principal = accounts.confirmTotpAndSignIn(pending.enrolmentToken(), form.digits(), null, BROWSER);
            return "redirect:" + sessions.signIn(principal, request, response);
        } catch (ApiException e) {
            if ("invalid-enrolment-token".equals(e.code())) {
                return "redirect:/login?expired";
            }
            FormProblems.show(e, result, response);
            return setupView(model);
        }
    }

    /**
     * The authenticator step, when the account needs one: the session waits for it; otherwise
     * the person is signed in.
     */
    private String secondStep(UserId user, HttpServletRequest request, HttpServletResponse response) {
        try {
            return "redirect:" + sessions.signIn(signIn.secondFactor(user, null, null, BROWSER), request, response);
        } catch (ApiException e) {
            switch (e.code()) {
                case "totp-required" -> {
                    sessions.await(PendingSignIn.totp(user, clock.instant()), request);
                    return "redirect:/login/totp";
                }
                case "totp-enrolment-required" -> {
                    String token = String.valueOf(e.properties().get("enrolmentToken"));
                    sessions.await(PendingSignIn.enrolment(token, clock.instant()), request);
                    return "redirect:/login/totp-setup";
                }
                default -> throw e;
            }
        }
    }

    /** The same secret for every view of the set-up page, so that a reload does not replace it. */
    private AuthenticatorSetup setup(PendingSignIn pending, HttpServletRequest request) {
        return sessions.setup(request).orElseGet(() -> {
            AuthenticatorSetup fresh = AuthenticatorSetup.of(accounts.startTotpEnrolment(pending.enrolmentToken()));
            sessions.rememberSetup(fresh, request);
            return fresh;
        });
    }

    private static String setupView(Model model) {
        model.addAttribute("confirmAction", "/login/totp-setup");
        model.addAttribute("duringSignIn", true);
        return "identity/totp-setup";
    }
}
