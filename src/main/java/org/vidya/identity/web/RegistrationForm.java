package org.vidya.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.PlainText;

/** Signing up: the organization is a slug such as {@code sunrise}; empty means the public space. */
record RegistrationForm(
        @NotBlank(message = "{identity.error.required}") @Email(message = "{identity.error.email}")
        @Size(max = 320, message = "{identity.error.too-long}") @Nullable String email,
        @NotBlank(message = "{identity.error.required}") @Size(max = 120, message = "{identity.error.too-long}")
        @PlainText(message = "{identity.error.plain-text}") @Nullable String displayName,
        @NotBlank(message = "{identity.error.required}")
        @Size(max = 128, message = "{identity.error.too-long}") @Nullable String password,
        @Size(max = 64, message = "{identity.error.too-long}")
        @Pattern(regexp = "\\s*([a-z0-9-]+)?\\s*", message = "{identity.error.slug}") @Nullable String organization) {

    static RegistrationForm empty() {
        return new RegistrationForm(null, null, null, null);
    }

    @Nullable String organizationSlug() {
        return organization == null || organization.isBlank() ? null : organization.strip();
    }
}
