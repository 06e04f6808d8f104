package org.vidya.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Just an e-mail address: to send a sign-in code, a password reset link or a new confirmation link. */
record EmailForm(
        @NotBlank(message = "{identity.error.required}") @Email(message = "{identity.error.email}")
        @Size(max = 320, message = "{identity.error.too-long}") @Nullable String email) {

    static EmailForm empty() {
        return new EmailForm(null);
    }
}
