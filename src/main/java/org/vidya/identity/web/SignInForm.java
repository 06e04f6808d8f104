package org.vidya.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The sign-in page: e-mail address and password. */
record SignInForm(
        @NotBlank(message = "{identity.error.required}") @Email(message = "{identity.error.email}")
        @Size(max = 320, message = "{identity.error.too-long}") @Nullable String email,
        @NotBlank(message = "{identity.error.required}")
        @Size(max = 128, message = "{identity.error.too-long}") @Nullable String password) {

    static SignInForm empty() {
        return new SignInForm(null, null);
    }
}
