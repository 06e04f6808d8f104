package org.vidya.identity.auth;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.domain.Avatar;
import org.vidya.identity.domain.Avatars;
import org.vidya.identity.domain.UserAccount;
import org.vidya.identity.domain.UserAccounts;
import org.vidya.identity.spi.MembershipDirectory;
import org.vidya.identity.spi.MembershipGrant;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Who may see whose profile. Profiles are visible only within a tenant the viewer is acting in
 * and the person belongs to; there, {@code PRIVATE} shows just the name to peers, and staff who
 * may read learner data see everything (and that read is audited).
 */
@Service
public class ProfileService {

    private final UserAccounts accounts;
    private final Avatars avatars;
    private final MembershipDirectory directory;
    private final AuditLog audit;

    ProfileService(UserAccounts accounts, Avatars avatars, MembershipDirectory directory, AuditLog audit) {
        this.accounts = accounts;
        this.avatars = avatars;
        this.directory = directory;
        this.audit = audit;
    }

    public record ProfileView(UserAccount account, boolean full, java.util.Set<Role> rolesInTenant) {
    }

    @Transactional(readOnly = true)
    public UserAccount me(UserId user) {
        return accounts.findById(user.value()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public ProfileView profile(VidyaPrincipal viewer, UserId target) {
        UserAccount account = accounts.findById(target.value()).orElseThrow(ProfileService::notFound);
        if (viewer.userId().equals(target)) {
            return new ProfileView(account, true, viewer.roles());
        }
        MembershipGrant shared = sharedMembership(viewer, target).orElseThrow(ProfileService::notFound);
        boolean staffReader = viewer.has(Permission.LEARNER_DATA_READ);
        boolean full = staffReader || account.visibility() != UserAccount.Visibility.PRIVATE;
        if (staffReader && shared.roles().contains(Role.LEARNER)) {
            audit.record(AuditRecord.success(viewer.tenantId(), viewer.userId(), "learner.profile-read", "user",
                    target, "profile read by " + viewer.roleCodes()));
        }
        return new ProfileView(account, full, shared.roles());
    }

    @Transactional(readOnly = true)
    public Avatar avatar(VidyaPrincipal viewer, UserId target) {
        if (!viewer.userId().equals(target)) {
            sharedMembership(viewer, target).orElseThrow(ProfileService::notFound);
        }
        return avatars.findById(target.value()).orElseThrow(
                () -> ApiException.notFound("avatar-not-found", "This person has no picture."));
    }

    private Optional<MembershipGrant> sharedMembership(VidyaPrincipal viewer, UserId target) {
        if (viewer.tenantId() == null) {
            return Optional.empty();
        }
        return Tenancy.callAsRoot(() -> directory.membershipsOf(target)).stream()
                .filter(m -> m.tenant().equals(viewer.tenantId()))
                .findFirst();
    }

    private static ApiException notFound() {
        return ApiException.notFound("user-not-found", "No such person in your organization.");
    }
}
