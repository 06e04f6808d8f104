package org.vidya.organization.domain;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.spi.MembershipDirectory;
import org.vidya.identity.spi.MembershipGrant;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;

/** Answers identity's questions about memberships. Runs as root: it reads across tenants. */
@Component
class OrganizationDirectory implements MembershipDirectory {

    static final String PUBLIC_TENANT = "open";

    private final Tenants tenants;
    private final Memberships memberships;
    private final Seats seats;
    private final Clock clock;

    private final TransactionTemplate rootTransaction;

    OrganizationDirectory(Tenants tenants, Memberships memberships, Seats seats, PlatformTransactionManager transactions,
            Clock clock) {
        this.tenants = tenants;
        this.memberships = memberships;
        this.seats = seats;
        this.clock = clock;
        this.rootTransaction = new TransactionTemplate(transactions);
        this.rootTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.rootTransaction.setReadOnly(true);
    }

    /** Reads in a transaction of its own that sees every tenant, whatever the caller's tenant is. */
    @Override
    public List<MembershipGrant> membershipsOf(UserId user) {
        return Tenancy.callAsRoot(() -> rootTransaction.execute(status -> {
            List<Membership> all = memberships.findAllActiveOf(user.value());
            Map<UUID, Tenant> byId = tenants.findByIdIn(all.stream().map(Membership::tenantId).toList()).stream()
                    .collect(Collectors.toMap(Tenant::id, Function.identity()));
            return all.stream()
                    .filter(m -> byId.containsKey(m.tenantId()) && byId.get(m.tenantId()).status() == Tenant.Status.ACTIVE)
                    .map(m -> {
                        Tenant t = byId.get(m.tenantId());
                        return new MembershipGrant(t.tenantId(), t.slug(), t.name(), m.roles());
                    })
                    .toList();
        }));
    }

    /** Joins within the caller's transaction, which must see every tenant (registration runs as root). */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public MembershipGrant joinBySelfRegistration(UserId user, @Nullable String tenantSlug) {
        String slug = tenantSlug == null || tenantSlug.isBlank() ? PUBLIC_TENANT : tenantSlug.strip();
        Tenant tenant = tenants.findBySlug(slug)
                .filter(t -> t.status() == Tenant.Status.ACTIVE)
                .orElseThrow(() -> ApiException.invalid("tenant", "unknown-tenant", "is not an organization here"));
        if (!tenant.selfRegistration()) {
            throw ApiException.forbidden("registration-closed", tenant.name()
                    + " does not take self-registration. Ask the organization for an invitation.");
        }
        seats.checkFree(tenant.tenantId(), 1);
        // Whoever signs themselves up is a learner; other roles are given by an admin.
        Role role = Role.LEARNER;
        Tenancy.runAs(tenant.tenantId(),
                () -> memberships.save(new Membership(user, EnumSet.of(role), clock.instant())));
        return new MembershipGrant(tenant.tenantId(), tenant.slug(), tenant.name(), EnumSet.of(role));
    }
}
