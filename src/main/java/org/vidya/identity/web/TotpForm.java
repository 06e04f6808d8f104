package org.vidya.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/** A six-digit code from an authenticator app. */
record TotpForm(
        @NotBlank(message = "{identity.error.required}")
        @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{identity.error.six-digits}") @Nullable String code) {

    static TotpForm empty() {
        return new TotpForm(null);
    }

    String digits() {
        return code == null ? "" : code.strip();
    }
}
