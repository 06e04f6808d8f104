package org.vidya.support;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.organization.domain.ClassMembers;
import org.vidya.organization.domain.GuardianLink;
import org.vidya.organization.domain.GuardianLinks;
import org.vidya.organization.domain.Invitation;
import org.vidya.organization.domain.Invitations;
import org.vidya.organization.domain.Membership;
import org.vidya.organization.domain.Memberships;
import org.vidya.organization.domain.SchoolClass;
import org.vidya.organization.domain.SchoolClasses;
import org.vidya.organization.domain.Team;
import org.vidya.organization.domain.TeamMember;
import org.vidya.organization.domain.TeamMembers;
import org.vidya.organization.domain.Teams;
import org.vidya.organization.domain.Tenant;
import org.vidya.organization.domain.Tenants;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * A complete tenant for tests: one person per role (staff with a TOTP secret), a class, a team,
 * a confirmed parent–child link, a pending one and an open invitation. Everything is named with
 * a unique prefix, so worlds never collide within a shared context.
 */
public final class TenantWorld {

    public static final String PASSWORD = "correct horse battery";
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPJBSWY3DP";

    public final String slug;
    public final TenantId tenant;
    public final Map<Role, AccountSummary> people = new EnumMap<>(Role.class);
    public final Map<Role, UUID> memberships = new EnumMap<>(Role.class);
    public AccountSummary secondLearner;
    public UUID classId;
    public UUID teamId;
    public UUID guardianLinkId;
    public UUID pendingGuardianLinkId;
    public UUID invitationId;

    private TenantWorld(String slug, TenantId tenant) {
        this.slug = slug;
        this.tenant = tenant;
    }

    public AccountSummary person(Role role) {
        return people.get(role);
    }

    public String email(Role role) {
        return people.get(role).email();
    }

    /** Makes a world; {@code beans} are taken from the application context. */
    public static TenantWorld create(String prefix, IdentityManagement identity, Tenants tenants,
            Memberships memberships, SchoolClasses classes, ClassMembers classMembers, Teams teams,
            TeamMembers teamMembers, GuardianLinks links, Invitations invitations, TransactionTemplate tx,
            Clock clock) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Tenant t = tx.execute(status -> tenants.save(new Tenant(slug, "School " + slug, TenantType.SCHOOL, false,
                null, clock.instant())));
        TenantWorld world = new TenantWorld(slug, t.tenantId());
        String hash = identity.hashPassword(PASSWORD);
        Tenancy.runAs(world.tenant, () -> tx.executeWithoutResult(status -> {
            for (Role role : Role.values()) {
                if (role == Role.PLATFORM_ADMIN) {
                    continue;
                }
                AccountSummary account = identity.createActive(role.code().replace('_', '-') + "@" + slug + ".test",
                        role.code() + " of " + slug, hash, role.isStaff() ? TOTP_SECRET : null, false);
                world.people.put(role, account);
                world.memberships.put(role,
                        memberships.save(new Membership(account.id(), EnumSet.of(role), clock.instant())).id());
            }
            world.secondLearner = identity.createActive("learner2@" + slug + ".test", "second learner of " + slug,
                    hash, null, false);
            memberships.save(new Membership(world.secondLearner.id(), EnumSet.of(Role.LEARNER), clock.instant()));
            SchoolClass schoolClass = classes.save(new SchoolClass("Class " + slug, "8", "A", "2026-27",
                    clock.instant()));
            world.classId = schoolClass.id();
            classMembers.save(new ClassMember(schoolClass.id(), id(world, Role.TEACHER), ClassMember.ClassRole.TEACHER,
                    clock.instant()));
            classMembers.save(new ClassMember(schoolClass.id(), id(world, Role.LEARNER), ClassMember.ClassRole.LEARNER,
                    clock.instant()));
            Team team = teams.save(new Team("Team " + slug, id(world, Role.TEAM_MANAGER), clock.instant()));
            world.teamId = team.id();
            teamMembers.save(new TeamMember(team.id(), id(world, Role.LEARNER), clock.instant()));
            GuardianLink link = new GuardianLink(id(world, Role.PARENT), id(world, Role.LEARNER),
                    id(world, Role.ORG_ADMIN), clock.instant());
            link.confirm(id(world, Role.ORG_ADMIN), clock.instant());
            world.guardianLinkId = links.save(link).id();
            world.pendingGuardianLinkId = links.save(new GuardianLink(id(world, Role.PARENT), world.secondLearner.id(),
                    id(world, Role.PARENT), clock.instant())).id();
            world.invitationId = invitations.save(new Invitation("invitee@" + slug + ".test", "Invitee",
                    EnumSet.of(Role.LEARNER), null, null, UUID.randomUUID().toString().replace("-", ""),
                    id(world, Role.ORG_ADMIN), clock.instant(), clock.instant().plus(Duration.ofDays(3)))).id();
        }));
        return world;
    }

    private static UserId id(TenantWorld world, Role role) {
        return world.people.get(role).id();
    }
}
