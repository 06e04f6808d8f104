package org.vidya.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A new password, chosen from a reset link; typed twice because nobody can see it. */
record ResetPasswordForm(
        @Size(max = 200, message = "{identity.error.too-long}") @Nullable String token,
        @NotBlank(message = "{identity.error.required}")
        @Size(max = 128, message = "{identity.error.too-long}") @Nullable String password,
        @NotBlank(message = "{identity.error.required}")
        @Size(max = 128, message = "{identity.error.too-long}") @Nullable String confirmPassword) {

    boolean confirmed() {
        return password != null && password.equals(confirmPassword);
    }
}
