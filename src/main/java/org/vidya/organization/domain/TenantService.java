package org.vidya.organization.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.TenantSummary;
import org.vidya.organization.TenantType;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/** Tenants: created and suspended by platform admins, configured by their org admins. */
@Service
public class TenantService {

    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{1,62}[a-z0-9])");
    static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final Set<String> FEATURES = Set.of("ai-tutor", "gamification", "community", "messaging",
            "certificates", "insights", "offline-tests");

    private final Tenants tenants;
    private final Memberships memberships;
    private final SchoolClasses classes;
    private final Teams teams;
    private final Invitations invitations;
    private final Seats seats;
    private final IdentityManagement identity;
    private final MemberService members;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TenantService(Tenants tenants, Memberships memberships, SchoolClasses classes, Teams teams,
            Invitations invitations, Seats seats, IdentityManagement identity, MemberService members, AuditLog audit,
            TransactionTemplate transactions, Clock clock) {
        this.tenants = tenants;
        this.memberships = memberships;
        this.classes = classes;
        this.teams = teams;
        this.invitations = invitations;
        this.seats = seats;
        this.identity = identity;
        this.members = members;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record TenantAdminView(TenantSummary tenant, long seatsUsed) {
    }

    /** The current tenant in numbers, for its admins' dashboard; invitations count while still usable. */
    public record Overview(long members, long classes, long teams, long openInvitations, long seatsUsed,
            @Nullable Integer seatLimit) {
    }

    @PreAuthorize("hasAuthority('TENANTS_MANAGE')")
    public CursorPage<TenantAdminView> list(@Nullable String cursor, @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        // Seats are counted on memberships, which a platform admin (outside any tenant) sees only as root.
        return Tenancy.callAsRoot(() -> transactions.execute(status -> CursorPage.of(
                tenants.findByIdGreaterThanOrderById(CursorPage.after(cursor), Limit.of(size + 1)), size,
                Tenant::id, t -> new TenantAdminView(summary(t), seats.used(t.id())))));
    }

    /** Creates a tenant and invites its first org admin. */
    @PreAuthorize("hasAuthority('TENANTS_MANAGE')")
    public TenantAdminView create(String slug, String name, TenantType type, @Nullable Integer seatLimit,
            boolean selfRegistration, String adminEmail, String adminName) {
        checkSlug(slug);
        if (seatLimit != null && seatLimit < 1) {
            throw ApiException.invalid("seatLimit", "out-of-range", "must be at least 1");
        }
        Tenant tenant = transactions.execute(status -> {
            if (tenants.existsBySlug(slug)) {
                throw ApiException.conflict("slug-taken", "Another organization already uses '" + slug + "'.");
            }
            return tenants.save(new Tenant(slug, name, type, selfRegistration, seatLimit, clock.instant()));
        });
        Tenancy.runAs(tenant.tenantId(), () -> transactions.executeWithoutResult(status -> {
            AccountSummary admin = identity.findOrInvite(adminEmail, adminName);
            memberships.save(new org.vidya.organization.domain.Membership(admin.id(), EnumSet.of(Role.ORG_ADMIN),
                    clock.instant()));
            if ("INVITED".equals(admin.status())) {
                members.sendInvitation(admin.email(), admin.displayName(), EnumSet.of(Role.ORG_ADMIN), null, null);
            }
        }));
        audit.record(AuditRecord.success(null, CurrentUser.id(), "tenant.created", "tenant", tenant.id(),
                slug + " (" + type + ")"));
        return new TenantAdminView(summary(tenant), 1);
    }

    @PreAuthorize("hasAuthority('TENANTS_MANAGE')")
    @Transactional
    public TenantAdminView setStatus(UUID id, Tenant.Status status) {
        Tenant tenant = tenants.findById(id).orElseThrow(
                () -> ApiException.notFound("tenant-not-found", "No such organization."));
        if (status == Tenant.Status.SUSPENDED) {
            tenant.suspend();
        } else {
            tenant.activate();
        }
        audit.record(AuditRecord.success(null, CurrentUser.id(), "tenant.status-changed", "tenant", id,
                status.name()));
        return new TenantAdminView(summary(tenant), seats.used(id));
    }

    @Transactional(readOnly = true)
    public TenantAdminView current() {
        Tenant tenant = tenants.findById(CurrentUser.tenant().value()).orElseThrow();
        return new TenantAdminView(summary(tenant), seats.used(tenant.id()));
    }

    @PreAuthorize("hasAuthority('MEMBERS_MANAGE')")
    @Transactional(readOnly = true)
    public Overview overview() {
        Tenant tenant = tenants.findById(CurrentUser.tenant().value()).orElseThrow();
        return new Overview(memberships.count(), classes.count(), teams.count(),
                invitations.countByStatusAndExpiresAtAfter(Invitation.Status.PENDING, clock.instant()),
                seats.used(tenant.id()), tenant.seatLimit());
    }

    @PreAuthorize("hasAuthority('TENANT_SETTINGS_MANAGE')")
    @Transactional
    public TenantAdminView updateCurrent(String name, String brandColor, @Nullable String tagline,
            Set<String> features, int retentionDays, @Nullable Integer seatLimit, boolean selfRegistration) {
        if (!COLOR.matcher(brandColor).matches()) {
            throw ApiException.invalid("brandColor", "invalid-color", "must be a colour like #1d4ed8");
        }
        Set<String> unknown = new java.util.TreeSet<>(features);
        unknown.removeAll(FEATURES);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("features", "unknown-feature", "has unknown features: " + unknown);
        }
        if (retentionDays < 30 || retentionDays > 3650) {
            throw ApiException.invalid("retentionDays", "out-of-range", "must be between 30 and 3650");
        }
        TenantId id = CurrentUser.tenant();
        long used = seats.used(id.value());
        if (seatLimit != null && seatLimit < used) {
            throw ApiException.invalid("seatLimit", "below-seats-used",
                    "cannot be below the " + used + " seats already used");
        }
        Tenant tenant = tenants.findById(id.value()).orElseThrow();
        tenant.update(name, brandColor, tagline, features, retentionDays, seatLimit, selfRegistration);
        audit.record(AuditRecord.success(id, CurrentUser.id(), "tenant.settings-changed", "tenant", id, name));
        return new TenantAdminView(summary(tenant), used);
    }

    static void checkSlug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw ApiException.invalid("slug", "invalid-slug",
                    "must be 3–64 lower-case letters, digits or hyphens, not starting or ending with a hyphen");
        }
    }

    public static TenantSummary summary(Tenant t) {
        return new TenantSummary(t.tenantId(), t.slug(), t.name(), t.type(), t.status().name(), t.brandColor(),
                t.tagline(), t.features(), t.retentionDays(), t.seatLimit(), t.selfRegistration());
    }
}
