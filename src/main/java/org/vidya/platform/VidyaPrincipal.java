package org.vidya.platform;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in person as every request sees them: who they are, which tenant they are
 * acting in, and their roles there. Platform admins act outside any tenant.
 *
 * @param tokenVersion the account's token version when this principal was issued; a higher
 *                     version in the database means "signed out everywhere"
 */
public record VidyaPrincipal(UserId userId, String email, String displayName, @Nullable TenantId tenantId,
        Set<Role> roles, int tokenVersion, @Nullable String sessionId) implements Serializable {

    public VidyaPrincipal {
        roles = Set.copyOf(roles);
    }

    public boolean has(Permission permission) {
        return Role.permissionsOf(roles).contains(permission);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }

    /** Permissions as authorities (for {@code hasAuthority}) plus {@code ROLE_*} entries. */
    public Collection<GrantedAuthority> authorities() {
        return Stream.concat(
                Role.permissionsOf(roles).stream().map(p -> new SimpleGrantedAuthority(p.name())),
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())))
                .map(GrantedAuthority.class::cast)
                .toList();
    }

    public List<String> roleCodes() {
        return roles.stream().map(Role::code).sorted().toList();
    }
}
