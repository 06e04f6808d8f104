package org.vidya.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The second step of signing in by e-mail: the address and the six-digit code sent to it. */
record SignInCodeForm(
        @NotBlank(message = "{identity.error.required}") @Email(message = "{identity.error.email}")
        @Size(max = 320, message = "{identity.error.too-long}") @Nullable String email,
        @NotBlank(message = "{identity.error.required}")
        @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{identity.error.six-digits}") @Nullable String code) {
}
