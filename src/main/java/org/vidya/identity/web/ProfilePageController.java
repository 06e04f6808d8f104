package org.vidya.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.vidya.identity.auth.AccountService;
import org.vidya.identity.auth.ProfileService;
import org.vidya.identity.domain.UserAccount;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.VidyaPrincipal;

/** The signed-in person's own profile and picture. */
@Controller
class ProfilePageController {

    static final List<String> TIME_ZONES = List.of("UTC", "Asia/Kolkata", "Asia/Phnom_Penh", "Asia/Bangkok",
            "Asia/Singapore", "Asia/Dubai", "Asia/Tokyo", "Europe/London", "Europe/Paris", "Europe/Berlin",
            "Africa/Nairobi", "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Sao_Paulo",
            "Australia/Sydney");
    static final int AVATAR_MAX_BYTES = 512 * 1024;

    private final ProfileService profiles;
    private final AccountService accounts;
    private final BrowserSessions sessions;
    private final LocaleResolver locales;
    private final Clock clock;

    ProfilePageController(ProfileService profiles, AccountService accounts, BrowserSessions sessions,
            LocaleResolver locales, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.sessions = sessions;
        this.locales = locales;
        this.clock = clock;
    }

    /** A language the person may choose, named in itself. */
    record LanguageChoice(String tag, String name) {
    }

    /** A time zone with its current offset, e.g. "Asia/Kolkata (UTC+05:30)". */
    record ZoneChoice(String id, String label) {
    }

    @GetMapping("/account/profile")
    String profilePage(@RequestParam(required = false) @Nullable String saved, Model model) {
        model.addAttribute("profileForm", ProfileForm.of(profiles.me(CurrentUser.id())));
        model.addAttribute("avatarForm", AvatarForm.empty());
        model.addAttribute("saved", saved);
        return render(model);
    }

    @PostMapping("/account/profile")
    String update(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("avatarForm", AvatarForm.empty());
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model);
        }
        VidyaPrincipal me = CurrentUser.get();
        UserAccount updated;
        try {
            updated = accounts.updateProfile(me.userId(), form.displayName(), form.bio(), form.locale(),
                    form.timeZone(), form.visibility());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return render(model);
        }
        // The header shows the name from the session; the chosen language applies at once.
        sessions.replace(new VidyaPrincipal(me.userId(), me.email(), updated.displayName(), me.tenantId(),
                me.roles(), me.tokenVersion(), me.sessionId()), request, response);
        locales.setLocale(request, response, Locale.forLanguageTag(updated.locale()));
        return "redirect:/account/profile?saved=profile";
    }

    @PostMapping("/account/avatar")
    String uploadAvatar(@ModelAttribute("avatarForm") AvatarForm form, BindingResult result, Model model,
            HttpServletResponse response) throws IOException {
        model.addAttribute("profileForm", ProfileForm.of(profiles.me(CurrentUser.id())));
        try {
            var file = form.file();
            if (file == null || file.isEmpty()) {
                throw ApiException.invalid("file", "empty", "is empty");
            }
            if (file.getSize() > AVATAR_MAX_BYTES) {
                throw ApiException.invalid("file", "too-large", "must be at most 512 KB");
            }
            accounts.setAvatar(CurrentUser.id(), String.valueOf(file.getContentType()), file.getBytes());
        } catch (ApiException e) {
            FormProblems.show(e, result, response);
            return render(model);
        }
        return "redirect:/account/profile?saved=avatar";
    }

    @GetMapping("/account/avatar")
    ResponseEntity<byte[]> avatar() {
        VidyaPrincipal me = CurrentUser.get();
        var avatar = profiles.avatar(me, me.userId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(avatar.content());
    }

    private String render(Model model) {
        UserAccount account = profiles.me(CurrentUser.id());
        model.addAttribute("account", new AccountView(account.email(), account.displayName(), account.bio(),
                account.hasAvatar()));
        model.addAttribute("languages", List.of(new LanguageChoice("en", "English"),
                new LanguageChoice("hi", "हिन्दी"), new LanguageChoice("km", "ខ្មែរ")));
        model.addAttribute("timeZones", zones(account.timeZone(), clock.instant()));
        model.addAttribute("visibilities", UserAccount.Visibility.values());
        return "identity/profile";
    }

    /** The account as saved: the preview shows it, not what a rejected form holds. */
    record AccountView(String email, String displayName, @Nullable String bio, boolean hasAvatar) {
    }

    private static List<ZoneChoice> zones(String current, Instant now) {
        List<String> ids = new ArrayList<>(TIME_ZONES);
        if (!ids.contains(current)) {
            ids.add(current);
        }
        return ids.stream().map(id -> {
            ZoneOffset offset = ZoneId.of(id).getRules().getOffset(now);
            String utc = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
            return new ZoneChoice(id, id.equals("UTC") ? "UTC" : id.replace('_', ' ') + " (" + utc + ")");
        }).toList();
    }
}
