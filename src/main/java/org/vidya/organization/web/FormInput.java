package org.vidya.organization.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;

/** Turns the strings of a submitted form into values, or into a field error the form can show. */
final class FormInput {

    /** Roles an org admin may give; platform administration is not a tenant role. */
    static final List<Role> ASSIGNABLE_ROLES = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN)).stream()
            .toList();

    private FormInput() {
    }

    static Set<Role> roles(@Nullable List<String> codes, String field) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (String code : codes) {
                if (code == null || code.isBlank()) {
                    continue;
                }
                try {
                    roles.add(Role.fromCode(code));
                } catch (IllegalArgumentException e) {
                    throw ApiException.invalid(field, "unknown-role", "'" + code + "' is not a role");
                }
            }
        }
        return roles;
    }

    static @Nullable Role role(@Nullable String code, String field) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Role.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "unknown-role", "is not a role");
        }
    }

    static @Nullable UUID uuid(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "wrong-type", "is not a valid choice");
        }
    }

    static UUID requiredUuid(@Nullable String value, String field) {
        UUID id = uuid(value, field);
        if (id == null) {
            throw ApiException.invalid(field, "required", "choose one");
        }
        return id;
    }

    static @Nullable Integer integer(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "wrong-type", "must be a whole number");
        }
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
