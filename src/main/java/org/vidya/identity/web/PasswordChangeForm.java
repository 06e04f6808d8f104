package org.vidya.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Changing the password of a signed-in person, who proves they know the current one. */
record PasswordChangeForm(
        @NotBlank(message = "{identity.error.required}")
        @Size(max = 128, message = "{identity.error.too-long}") @Nullable String currentPassword,
        @NotBlank(message = "{identity.error.required}")
        @Size(max = 128, message = "{identity.error.too-long}") @Nullable String newPassword) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm(null, null);
    }
}
