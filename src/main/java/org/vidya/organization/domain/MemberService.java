package org.vidya.organization.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.Secrets;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.OutgoingMail;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.WebProperties;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/** Members of the current tenant: listing, adding, changing roles, removing. */
@Service
public class MemberService {

    static final Duration INVITATION_TTL = Duration.ofDays(14);
    /** How many people a picker (a select list on a page) offers at most. */
    public static final int OPTIONS_LIMIT = 2000;

    private final Memberships memberships;
    private final ClassMembers classMembers;
    private final TeamMembers teamMembers;
    private final Invitations invitations;
    private final Tenants tenants;
    private final Seats seats;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final OutgoingMail mail;
    private final WebProperties web;
    private final Clock clock;

    MemberService(Memberships memberships, ClassMembers classMembers, TeamMembers teamMembers,
            Invitations invitations, Tenants tenants, Seats seats, IdentityManagement identity, AuditLog audit,
            OutgoingMail mail, WebProperties web, Clock clock) {
        this.memberships = memberships;
        this.classMembers = classMembers;
        this.teamMembers = teamMembers;
        this.invitations = invitations;
        this.tenants = tenants;
        this.seats = seats;
        this.identity = identity;
        this.audit = audit;
        this.mail = mail;
        this.web = web;
        this.clock = clock;
    }

    /** A member as admins and teachers see them. */
    public record MemberView(UUID id, UUID userId, String email, String displayName, List<String> roles,
            String status, String accountStatus, Instant joinedAt) {
    }

    @PreAuthorize("hasAuthority('MEMBERS_READ')")
    @Transactional(readOnly = true)
    public CursorPage<MemberView> list(@Nullable Role role, @Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        UUID after = CursorPage.after(cursor);
        List<Membership> rows = role == null ? memberships.findByIdGreaterThanOrderById(after, Limit.of(size + 1))
                : memberships.findByRole(after, role.name(), Limit.of(size + 1));
        Map<UserId, AccountSummary> accounts = identity.accounts(rows.stream().map(Membership::userId).toList());
        return CursorPage.of(rows, size, Membership::id, m -> view(m, accounts.get(m.userId())));
    }

    /** A member as a choice in a picker. */
    public record MemberOption(UUID userId, String displayName, String email) {
    }

    /** Members (with the role, when given) by name, for pickers; at most {@link #OPTIONS_LIMIT}. */
    @PreAuthorize("hasAuthority('MEMBERS_READ')")
    @Transactional(readOnly = true)
    public List<MemberOption> options(@Nullable Role role) {
        UUID first = CursorPage.after(null);
        List<Membership> rows = role == null ? memberships.findByIdGreaterThanOrderById(first, Limit.of(OPTIONS_LIMIT))
                : memberships.findByRole(first, role.name(), Limit.of(OPTIONS_LIMIT));
        Map<UserId, AccountSummary> accounts = identity.accounts(rows.stream().map(Membership::userId).toList());
        return rows.stream().map(m -> accounts.get(m.userId())).filter(Objects::nonNull)
                .map(a -> new MemberOption(a.id().value(), a.displayName(), a.email()))
                .sorted(Comparator.comparing(MemberOption::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PreAuthorize("hasAuthority('MEMBERS_READ')")
    @Transactional(readOnly = true)
    public MemberView get(UUID id) {
        Membership m = find(id);
        VidyaPrincipal viewer = CurrentUser.get();
        if (m.roles().contains(Role.LEARNER) && !m.userId().equals(viewer.userId())) {
            audit.record(AuditRecord.success(viewer.tenantId(), viewer.userId(), "learner.record-read", "user",
                    m.userId(), "member record read"));
        }
        return view(m, identity.find(m.userId()).orElseThrow());
    }

    /** Adds a person by e-mail; someone new gets an e-mail to set their password. */
    @PreAuthorize("hasAuthority('MEMBERS_MANAGE')")
    @Transactional
    public MemberView add(String email, String displayName, Set<Role> roles) {
        checkRoles(roles, "roles");
        TenantId tenant = CurrentUser.tenant();
        AccountSummary account = identity.findOrInvite(email, displayName);
        if (memberships.findByUserId(account.id().value()).isPresent()) {
            throw ApiException.conflict("already-member", account.email() + " is already a member.");
        }
        seats.checkFree(tenant, 1);
        Membership m = memberships.save(new Membership(account.id(), roles, clock.instant()));
        if ("INVITED".equals(account.status())) {
            sendInvitation(account.email(), account.displayName(), roles, null, null);
        }
        audit.record(AuditRecord.success(tenant, CurrentUser.id(), "member.added", "user", account.id(),
                "roles " + codes(roles)));
        return view(m, account);
    }

    @PreAuthorize("hasAuthority('MEMBERS_MANAGE')")
    @Transactional
    public MemberView update(UUID id, @Nullable Set<Role> roles, Membership.@Nullable Status status) {
        Membership m = find(id);
        VidyaPrincipal actor = CurrentUser.get();
        boolean self = m.userId().equals(actor.userId());
        if (roles != null) {
            checkRoles(roles, "roles");
            if (self && m.roles().contains(Role.ORG_ADMIN) && !roles.contains(Role.ORG_ADMIN)) {
                throw ApiException.conflict("cannot-demote-self",
                        "You cannot remove your own admin role; ask another admin.");
            }
            Set<Role> before = m.roles();
            m.changeRoles(roles);
            audit.record(AuditRecord.success(actor.tenantId(), actor.userId(), "member.roles-changed", "user",
                    m.userId(), codes(before) + " -> " + codes(roles)));
        }
        if (status != null && status != m.status()) {
            if (self) {
                throw ApiException.conflict("cannot-suspend-self", "You cannot suspend yourself.");
            }
            if (status == Membership.Status.ACTIVE) {
                seats.checkFree(actor.tenantId(), 1);
                m.activate();
            } else {
                m.suspend();
            }
            audit.record(AuditRecord.success(actor.tenantId(), actor.userId(), "member.status-changed", "user",
                    m.userId(), status.name()));
        }
        return view(m, identity.find(m.userId()).orElseThrow());
    }

    @PreAuthorize("hasAuthority('MEMBERS_MANAGE')")
    @Transactional
    public void remove(UUID id) {
        Membership m = find(id);
        VidyaPrincipal actor = CurrentUser.get();
        if (m.userId().equals(actor.userId())) {
            throw ApiException.conflict("cannot-remove-self", "You cannot remove yourself.");
        }
        classMembers.deleteByUserId(m.userId().value());
        teamMembers.deleteByUserId(m.userId().value());
        memberships.delete(m);
        audit.record(AuditRecord.success(actor.tenantId(), actor.userId(), "member.removed", "user", m.userId(),
                "roles " + codes(m.roles())));
    }

    /** Sends (or re-sends) an invitation e-mail, recording the invitation. */
    Invitation sendInvitation(String email, String displayName, Set<Role> roles, @Nullable UUID classId,
            @Nullable UUID teamId) {
        String token = Secrets.token();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(email.strip().toLowerCase(), displayName, roles,
                classId, teamId, Secrets.sha256(token), CurrentUser.id(), now, now.plus(INVITATION_TTL)));
        Tenant tenant = tenants.findById(invitation.tenantId()).orElseThrow();
        mail.send(invitation.email(), "You are invited to " + tenant.name() + " on Vidya", """
                Hello %s,

                %s has invited you to join %s on Vidya as %s.

                Accept the invitation here (the link works for %d days):

                %s/invitations/%s
                """.formatted(displayName, CurrentUser.get().displayName(), tenant.name(), codes(roles),
                INVITATION_TTL.toDays(), web.baseUrl(), token));
        return invitation;
    }

    Membership find(UUID id) {
        return memberships.findById(id).orElseThrow(
                () -> ApiException.notFound("member-not-found", "No such member in your organization."));
    }

    static void checkRoles(Set<Role> roles, String field) {
        if (roles == null || roles.isEmpty()) {
            throw ApiException.invalid(field, "required", "needs at least one role");
        }
        if (roles.contains(Role.PLATFORM_ADMIN)) {
            throw ApiException.invalid(field, "not-assignable", "platform_admin is not a tenant role");
        }
    }

    static String codes(Set<Role> roles) {
        return String.join(", ", roles.stream().map(Role::code).sorted().toList());
    }

    static MemberView view(Membership m, AccountSummary account) {
        return new MemberView(m.id(), m.userId().value(), account.email(), account.displayName(),
                m.roles().stream().map(Role::code).sorted().toList(), m.status().name(), account.status(),
                m.createdAt());
    }
}
