package org.vidya.identity.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidya.identity.auth.AccountService;
import org.vidya.identity.auth.ProfileService;
import org.vidya.identity.domain.UserAccount;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.PlainText;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in person's own profile, and other people's as far as they may be seen. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users and profiles")
class UserRestController {

    private final ProfileService profiles;
    private final AccountService accounts;

    UserRestController(ProfileService profiles, AccountService accounts) {
        this.profiles = profiles;
        this.accounts = accounts;
    }

    record Me(UUID id, String email, String displayName, @Nullable String bio, String locale, String timeZone,
            String visibility, boolean emailVerified, boolean totpEnabled, boolean hasAvatar,
            @Nullable String tenantId, List<String> roles, Instant createdAt) {
    }

    record Profile(UUID id, String displayName, @Nullable String bio, @Nullable String email, boolean hasAvatar,
            List<String> roles) {
    }

    record ProfileUpdate(@NotBlank @Size(max = 120) @PlainText String displayName,
            @Nullable @Size(max = 2000) String bio,
            @NotBlank @Size(max = 16) String locale,
            @NotBlank @Size(max = 64) String timeZone,
            @NotNull UserAccount.Visibility visibility) {
    }

    @GetMapping("/me")
    Me me() {
        VidyaPrincipal principal = CurrentUser.get();
        return me(profiles.me(principal.userId()), principal);
    }

    @PutMapping("/me")
    Me update(@Valid @RequestBody ProfileUpdate update) {
        VidyaPrincipal principal = CurrentUser.get();
        return me(accounts.updateProfile(principal.userId(), update.displayName(), update.bio(), update.locale(),
                update.timeZone(), update.visibility()), principal);
    }

    @PutMapping(path = "/me/avatar", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void avatar(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > 512 * 1024) {
            throw ApiException.invalid("file", "too-large", "must be at most 512 KB");
        }
        accounts.setAvatar(CurrentUser.id(), String.valueOf(file.getContentType()), file.getBytes());
    }

    @GetMapping("/{id}")
    Profile profile(@PathVariable UUID id) {
        var view = profiles.profile(CurrentUser.get(), new UserId(id));
        UserAccount a = view.account();
        return new Profile(a.id(), a.displayName(), view.full() ? a.bio() : null, view.full() ? a.email() : null,
                a.hasAvatar(), view.rolesInTenant().stream().map(r -> r.code()).sorted().toList());
    }

    @GetMapping("/{id}/avatar")
    ResponseEntity<byte[]> avatar(@PathVariable UUID id) {
        var avatar = profiles.avatar(CurrentUser.get(), new UserId(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(avatar.content());
    }

    private static Me me(UserAccount a, VidyaPrincipal p) {
        return new Me(a.id(), a.email(), a.displayName(), a.bio(), a.locale(), a.timeZone(), a.visibility().name(),
                a.emailVerified(), a.totpEnabled(), a.hasAvatar(),
                p.tenantId() == null ? null : p.tenantId().toString(), p.roleCodes(), a.createdAt());
    }
}
