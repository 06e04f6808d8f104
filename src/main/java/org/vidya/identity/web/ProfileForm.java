package org.vidya.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.vidya.identity.domain.UserAccount;
import org.vidya.platform.PlainText;

/** The person's own profile: how they are named and seen, and their language and time zone. */
record ProfileForm(
        @NotBlank(message = "{identity.error.required}") @Size(max = 120, message = "{identity.error.too-long}")
        @PlainText(message = "{identity.error.plain-text}") @Nullable String displayName,
        @Size(max = 2000, message = "{identity.error.too-long}") @Nullable String bio,
        @NotBlank(message = "{identity.error.required}") @Size(max = 16, message = "{identity.error.too-long}") @Nullable String locale,
        @NotBlank(message = "{identity.error.required}") @Size(max = 64, message = "{identity.error.too-long}") @Nullable String timeZone,
        @NotNull(message = "{identity.error.required}") UserAccount.@Nullable Visibility visibility) {

    static ProfileForm of(UserAccount account) {
        return new ProfileForm(account.displayName(), account.bio(), account.locale(), account.timeZone(),
                account.visibility());
    }
}
