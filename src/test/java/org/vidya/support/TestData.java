package org.vidya.support;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.identity.auth.Totp;
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
import org.vidya.organization.domain.Teams;
import org.vidya.organization.domain.Tenant;
import org.vidya.organization.domain.Tenants;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * Makes tenants, people and their groups the way the demo data does, each with random names
 * so that tests sharing one database never meet. Also reads the mail outbox.
 */
public class TestData {

    /** The slug the API registers people into when they name no tenant. */
    public static final String PUBLIC_TENANT = "open";

    public record TestTenant(TenantId id, String slug) {
    }

    /**
     * A member of a tenant. Staff get an authenticator secret unless made without one.
     *
     * @param membershipId the id the members API knows them by
     */
    public record Person(UserId id, String email, String password, @Nullable String totpSecret, TestTenant tenant,
            UUID membershipId) {
    }

    /** One e-mail from the outbox. */
    public record Mail(String to, String subject, String body, String status) {
    }

    private final IdentityManagement identity;
    private final Tenants tenants;
    private final Memberships memberships;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final GuardianLinks guardianLinks;
    private final Invitations invitations;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final TestClock clock;
    private volatile @Nullable String passwordHash;

    TestData(IdentityManagement identity, Tenants tenants, Memberships memberships, SchoolClasses classes,
            ClassMembers classMembers, Teams teams, GuardianLinks guardianLinks, Invitations invitations,
            TransactionTemplate transactions, JdbcTemplate jdbc, TestClock clock) {
        this.identity = identity;
        this.tenants = tenants;
        this.memberships = memberships;
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.guardianLinks = guardianLinks;
        this.invitations = invitations;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The password every person made here has (long and varied enough for the password rules). */
    public static final String PASSWORD = "correct horse battery staple";

    /** A fresh e-mail address nobody else uses. */
    public static String email(String name) {
        return name + "-" + suffix() + "@example.org";
    }

    public static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    /** A school that does not take self-registration. */
    public TestTenant tenant() {
        return tenant(false);
    }

    public TestTenant tenant(boolean selfRegistration) {
        String slug = "t-" + suffix();
        Tenant tenant = transactions.execute(status -> tenants.save(new Tenant(slug, "School " + slug,
                TenantType.SCHOOL, selfRegistration, null, clock.instant())));
        return new TestTenant(tenant.tenantId(), tenant.slug());
    }

    /** The public tenant people register into by default, made on first use. */
    public synchronized TestTenant publicTenant() {
        Tenant tenant = transactions.execute(status -> tenants.findBySlug(PUBLIC_TENANT).orElseGet(() ->
                tenants.save(new Tenant(PUBLIC_TENANT, "Vidya Open", TenantType.PUBLIC, true, null,
                        clock.instant()))));
        return new TestTenant(tenant.tenantId(), tenant.slug());
    }

    /** A member with these roles; staff (teachers and above) get an authenticator secret. */
    public Person member(TestTenant tenant, Role... roles) {
        boolean staff = Arrays.stream(roles).anyMatch(Role::isStaff);
        return member(tenant, staff ? Totp.newSecret() : null, roles);
    }

    /** A member who has not set up an authenticator app, whatever their roles. */
    public Person memberWithoutTotp(TestTenant tenant, Role... roles) {
        return member(tenant, null, roles);
    }

    private Person member(TestTenant tenant, @Nullable String totpSecret, Role... roles) {
        String email = email(roles.length == 0 ? "person" : roles[0].code().replace('_', '-'));
        Set<Role> roleSet = EnumSet.copyOf(List.of(roles));
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> {
            AccountSummary account = identity.createActive(email, "Person " + suffix(), hash(), totpSecret, false);
            Membership membership = memberships.save(new Membership(account.id(), roleSet, clock.instant()));
            return new Person(account.id(), account.email(), PASSWORD, totpSecret, tenant, membership.id());
        }));
    }

    public UUID schoolClass(TestTenant tenant, Person... members) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> {
            SchoolClass c = classes.save(new SchoolClass("Class " + suffix(), "8", "A", "2026-27", clock.instant()));
            for (Person member : members) {
                classMembers.save(new ClassMember(c.id(), member.id(), ClassMember.ClassRole.LEARNER,
                        clock.instant()));
            }
            return c.id();
        }));
    }

    public UUID team(TestTenant tenant, @Nullable Person manager) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> teams.save(
                new Team("Team " + suffix(), manager == null ? null : manager.id(), clock.instant())).id()));
    }

    /** A parent–child link waiting for confirmation. */
    public UUID pendingGuardianLink(TestTenant tenant, Person parent, Person child) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> guardianLinks.save(
                new GuardianLink(parent.id(), child.id(), parent.id(), clock.instant())).id()));
    }

    public UUID pendingInvitation(TestTenant tenant, Person invitedBy) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> invitations.save(new Invitation(
                email("invitee"), "Invitee", EnumSet.of(Role.LEARNER), null, null, "hash-" + UUID.randomUUID(),
                invitedBy.id(), clock.instant(), clock.instant().plusSeconds(86_400))).id()));
    }

    public boolean accountExists(String email) {
        return identity.findByEmail(email).isPresent();
    }

    public Optional<AccountSummary> account(String email) {
        return identity.findByEmail(email);
    }

    /** The newest e-mail to this address. */
    public Optional<Mail> lastMailTo(String email) {
        return jdbc.query("""
                select recipient, subject, body, status from platform_mail_outbox
                where recipient = ? order by id desc fetch first 1 rows only""",
                (rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                email.toLowerCase()).stream().findFirst();
    }

    public List<Mail> mailsTo(String email) {
        return jdbc.query("select recipient, subject, body, status from platform_mail_outbox where recipient = ?"
                        + " order by id", (rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), email.toLowerCase());
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    // One hash for everyone: hashing is the slow part of making a person.
    private String hash() {
        String hash = passwordHash;
        if (hash == null) {
            hash = identity.hashPassword(PASSWORD);
            passwordHash = hash;
        }
        return hash;
    }
}
