package org.vidya.identity.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import org.vidya.identity.auth.AccessTokens;
import org.vidya.identity.auth.AccountService;
import org.vidya.identity.auth.ProfileService;
import org.vidya.identity.auth.SignInService;
import org.vidya.identity.domain.UserAccount;
import org.vidya.identity.spi.MembershipGrant;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.VidyaPrincipal;

/**
 * The signed-in person's security settings: authenticator app, password, and the sessions
 * open on their devices.
 */
@Controller
class SecurityPageController {

    /** What the page confirms after a change, by the {@code done} parameter of the redirect. */
    private static final Map<String, String> DONE = Map.of(
            "password", "identity.security.done.password",
            "totp-on", "identity.security.done.totp-on",
            "totp-off", "identity.security.done.totp-off");

    private final AccountService accounts;
    private final ProfileService profiles;
    private final SignInService signIn;
    private final AccessTokens tokens;
    private final BrowserSessions sessions;

    SecurityPageController(AccountService accounts, ProfileService profiles, SignInService signIn,
            AccessTokens tokens, BrowserSessions sessions) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.signIn = signIn;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** One open session, as the list shows it. */
    record SessionRow(String channel, String address, String userAgent, String lastUsed, String lastUsedIso,
            boolean current) {
    }

    @GetMapping("/account/security")
    String securityPage(@RequestParam(required = false) @Nullable String done, Model model, Locale locale) {
        model.addAttribute("doneMessage", done == null ? null : DONE.get(done));
        return render(model, locale);
    }

    @PostMapping("/account/security/password")
    String changePassword(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, locale);
        }
        try {
            accounts.changePassword(CurrentUser.id(), form.currentPassword(), form.newPassword());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return render(model, locale);
        }
        return "redirect:/account/security?done=password";
    }

    @PostMapping("/account/security/totp")
    String startTotp(HttpServletRequest request) {
        sessions.rememberSetup(AuthenticatorSetup.of(accounts.startTotpEnrolment(CurrentUser.id())), request);
        return "redirect:/account/security/totp";
    }

    @GetMapping("/account/security/totp")
    String totpSetupPage(HttpServletRequest request, Model model) {
        AuthenticatorSetup setup = sessions.setup(request).orElse(null);
        if (setup == null) {
            return "redirect:/account/security";
        }
        model.addAttribute("setup", setup);
        model.addAttribute("totpForm", TotpForm.empty());
        return setupView(model);
    }

    @PostMapping("/account/security/totp/confirm")
    String confirmTotp(@Valid @ModelAttribute("totpForm") TotpForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        AuthenticatorSetup setup = sessions.setup(request).orElse(null);
        if (setup == null) {
            return "redirect:/account/security";
        }
        model.addAttribute("setup", setup);
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return setupView(model);
        }
        try {
            accounts.confirmTotp(CurrentUser.id(), form.digits());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return setupView(model);
        }
        sessions.forgetSetup(request);
        return "redirect:/account/security?done=totp-on";
    }

    @PostMapping("/account/security/totp/disable")
    String disableTotp(@Valid @ModelAttribute("disableTotpForm") TotpForm form, BindingResult result,
            Model model, Locale locale, HttpServletResponse response) {
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, locale);
        }
        try {
            accounts.disableTotp(CurrentUser.get(), form.digits());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return render(model, locale);
        }
        return "redirect:/account/security?done=totp-off";
    }

    @PostMapping("/account/security/sign-out-everywhere")
    String signOutEverywhere(HttpServletRequest request) {
        signIn.signOutEverywhere(CurrentUser.id());
        sessions.end(request);
        return "redirect:/login?signedOut";
    }

    private String render(Model model, Locale locale) {
        VidyaPrincipal me = CurrentUser.get();
        UserAccount account = profiles.me(me.userId());
        boolean staff = account.platformAdmin()
                || signIn.memberships(me.userId()).stream().anyMatch(MembershipGrant::hasStaffRole);
        model.addAttribute("totpEnabled", account.totpEnabled());
        model.addAttribute("staff", staff);
        model.addAttribute("sessions", sessions(me, ZoneId.of(account.timeZone()), locale));
        if (!model.containsAttribute("passwordChangeForm")) {
            model.addAttribute("passwordChangeForm", PasswordChangeForm.empty());
        }
        if (!model.containsAttribute("disableTotpForm")) {
            model.addAttribute("disableTotpForm", TotpForm.empty());
        }
        return "identity/security";
    }

    private List<SessionRow> sessions(VidyaPrincipal me, ZoneId zone, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        return tokens.activeSessions(me.userId()).stream()
                .map(s -> new SessionRow(s.channel().name().toLowerCase(Locale.ROOT), s.address(), s.userAgent(),
                        format.format(s.lastUsedAt()), s.lastUsedAt().toString(),
                        s.id().toString().equals(me.sessionId())))
                .toList();
    }

    private static String setupView(Model model) {
        model.addAttribute("confirmAction", "/account/security/totp/confirm");
        model.addAttribute("duringSignIn", false);
        return "identity/totp-setup";
    }
}
