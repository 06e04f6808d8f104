package org.vidya.organization.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.Secrets;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/** Invitations by e-mail, and their acceptance (which creates the membership). */
@Service
public class InvitationService {

    private final Invitations invitations;
    private final Memberships memberships;
    private final ClassMembers classMembers;
    private final TeamMembers teamMembers;
    private final Tenants tenants;
    private final Seats seats;
    private final MemberService members;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InvitationService(Invitations invitations, Memberships memberships, ClassMembers classMembers,
            TeamMembers teamMembers, Tenants tenants, Seats seats, MemberService members, IdentityManagement identity,
            AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.memberships = memberships;
        this.classMembers = classMembers;
        this.teamMembers = teamMembers;
        this.tenants = tenants;
        this.seats = seats;
        this.members = members;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    public record InvitationView(UUID id, String email, String displayName, List<String> roles,
            @Nullable UUID classId, @Nullable UUID teamId, String status, Instant createdAt, Instant expiresAt) {
        static InvitationView of(Invitation i) {
            return new InvitationView(i.id(), i.email(), i.displayName(),
                    i.roles().stream().map(Role::code).sorted().toList(), i.classId(), i.teamId(), i.status().name(),
                    i.createdAt(), i.expiresAt());
        }
    }

    /** What the invitation page shows before accepting. */
    public record InvitationPreview(String tenantName, String email, String displayName, List<String> roles,
            boolean accountExists) {
    }

    @PreAuthorize("hasAuthority('INVITATIONS_MANAGE')")
    @Transactional(readOnly = true)
    public CursorPage<InvitationView> list(@Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        UUID before = CursorPage.before(cursor);
        return CursorPage.of(invitations.findByIdLessThanOrderByIdDesc(before, Limit.of(size + 1)), size,
                Invitation::id, InvitationView::of);
    }

    @PreAuthorize("hasAuthority('INVITATIONS_MANAGE')")
    @Transactional
    public InvitationView invite(String email, String displayName, Set<Role> roles, @Nullable UUID classId,
            @Nullable UUID teamId, GroupService groups) {
        MemberService.checkRoles(roles, "roles");
        if (classId != null) {
            groups.findClass(classId);
        }
        if (teamId != null) {
            groups.findTeam(teamId);
        }
        identity.findByEmail(email).ifPresent(a -> {
            if (memberships.findByUserId(a.id().value()).isPresent()) {
                throw ApiException.conflict("already-member", a.email() + " is already a member.");
            }
        });
        Invitation invitation = members.sendInvitation(email, displayName, roles, classId, teamId);
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "invitation.sent", "invitation",
                invitation.id(), email + " as " + MemberService.codes(roles)));
        return InvitationView.of(invitation);
    }

    @PreAuthorize("hasAuthority('INVITATIONS_MANAGE')")
    @Transactional
    public void revoke(UUID id) {
        Invitation invitation = invitations.findById(id).orElseThrow(InvitationService::notFound);
        invitation.revoke();
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "invitation.revoked", "invitation",
                id, invitation.email()));
    }

    /** Runs as root in its own transaction: the person is not (yet) in the invitation's tenant. */
    public InvitationPreview preview(String token) {
        return Tenancy.callAsRoot(() -> transactions.execute(status -> {
            Invitation i = open(token);
            Tenant tenant = tenants.findById(i.tenantId()).orElseThrow();
            boolean exists = identity.findByEmail(i.email()).filter(a -> !"INVITED".equals(a.status())).isPresent();
            return new InvitationPreview(tenant.name(), i.email(), i.displayName(),
                    i.roles().stream().map(Role::code).sorted().toList(), exists);
        }));
    }

    /**
     * Accepts an invitation. A new person sets a password; someone with an account must be
     * signed in as the invited address.
     */
    public String accept(String token, @Nullable String password, @Nullable String displayName) {
        return Tenancy.callAsRoot(() -> transactions.execute(status -> {
            Invitation invitation = open(token);
            AccountSummary account = identity.findOrInvite(invitation.email(), invitation.displayName());
            if ("INVITED".equals(account.status())) {
                if (password == null || password.isBlank()) {
                    throw ApiException.invalid("password", "required", "Choose a password to finish.");
                }
                identity.activateInvited(account.id(), password, displayName);
            } else {
                VidyaPrincipal p = CurrentUser.find().orElseThrow(() -> ApiException.unauthorized(
                        "authentication-required", "Sign in as " + invitation.email() + " to accept."));
                if (!p.userId().equals(account.id())) {
                    throw ApiException.forbidden("wrong-account",
                            "This invitation is for " + invitation.email() + ". Sign in with that address.");
                }
            }
            TenantId tenant = new TenantId(invitation.tenantId());
            Tenancy.runAs(tenant, () -> join(invitation, account.id()));
            invitation.accept(clock.instant());
            audit.record(AuditRecord.success(tenant, account.id(), "invitation.accepted", "invitation",
                    invitation.id(), MemberService.codes(invitation.roles())));
            return tenants.findById(invitation.tenantId()).orElseThrow().slug();
        }));
    }

    private void join(Invitation invitation, UserId user) {
        Instant now = clock.instant();
        var existing = memberships.findAllActiveOf(user.value()).stream()
                .filter(m -> m.tenantId().equals(invitation.tenantId())).findFirst();
        if (existing.isPresent()) {
            existing.get().addRoles(invitation.roles());
        } else {
            seats.checkFree(new TenantId(invitation.tenantId()), 1);
            memberships.save(new Membership(user, invitation.roles(), now));
        }
        if (invitation.classId() != null && classMembers.findByClassIdAndUserId(invitation.classId(),
                user.value()).isEmpty()) {
            classMembers.save(new ClassMember(invitation.classId(), user,
                    invitation.roles().contains(Role.TEACHER) ? ClassMember.ClassRole.TEACHER
                            : ClassMember.ClassRole.LEARNER, now));
        }
        if (invitation.teamId() != null && teamMembers.findByTeamIdAndUserId(invitation.teamId(),
                user.value()).isEmpty()) {
            teamMembers.save(new TeamMember(invitation.teamId(), user, now));
        }
    }

    private Invitation open(String token) {
        return invitations.findByTokenHash(Secrets.sha256(token == null ? "" : token))
                .filter(i -> i.open(clock.instant()))
                .orElseThrow(() -> ApiException.notFound("invitation-not-found",
                        "This invitation is not valid: it has expired, was revoked or was already accepted."));
    }

    private static ApiException notFound() {
        return ApiException.notFound("invitation-not-found", "No such invitation in your organization.");
    }
}
