package org.vidya.support;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.vidya.organization.domain.TeamMember;
import org.vidya.organization.domain.TeamMembers;
import org.vidya.organization.domain.Teams;
import org.vidya.organization.domain.Tenant;
import org.vidya.organization.domain.Tenants;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Makes tenants, people and their groups the way the demo data does: straight into the
 * repositories, inside the tenant they belong to, each with random slugs and addresses so that
 * tests sharing one database never meet. Also reads the mail outbox.
 */
public class TestData {

    /** The slug the API registers people into when they name no tenant. */
    public static final String PUBLIC_TENANT = "open";

    /** The password every person made here has (long and varied enough for the password rules). */
    public static final String PASSWORD = "correct horse battery staple";

    public record TestTenant(TenantId id, String slug) {
    }

    /**
     * A person made here. Staff (teachers and above) get an authenticator secret unless made
     * without one.
     *
     * @param tenant the tenant they were made a member of; none for a platform admin
     * @param membershipId the id the members API knows them by in that tenant
     * @param roles their roles in that tenant
     */
    public record Person(UserId id, String email, String name, String password, @Nullable String totpSecret,
            @Nullable TestTenant tenant, @Nullable UUID membershipId, Set<Role> roles) {

        /** Who a browser session signed in as this person carries (see {@link Pages#as}). */
        public VidyaPrincipal principal() {
            return new VidyaPrincipal(id, email, name, tenant == null ? null : tenant.id(), roles, 0, null);
        }
    }

    /**
     * A complete tenant: one person per tenant role, a second learner, a class with the teacher
     * and the learner in it, a team of the team manager with the learner in it, a confirmed
     * parent–child link between the parent and the learner, a pending one to the second learner
     * and an open invitation.
     */
    public record World(TestTenant tenant, Map<Role, Person> people, Person secondLearner, UUID classId,
            UUID teamId, UUID guardianLinkId, UUID pendingGuardianLinkId, UUID invitationId) {

        public Person person(Role role) {
            return people.get(role);
        }

        public String email(Role role) {
            return person(role).email();
        }

        public String slug() {
            return tenant.slug();
        }
    }

    /** One e-mail from the outbox. */
    public record Mail(String to, String subject, String body, String status) {

        /** The subject, a blank line, the body. */
        public String text() {
            return subject + "\n\n" + body;
        }
    }

    private final IdentityManagement identity;
    private final Tenants tenants;
    private final Memberships memberships;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final TeamMembers teamMembers;
    private final GuardianLinks guardianLinks;
    private final Invitations invitations;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final TestClock clock;
    private volatile @Nullable String passwordHash;

    TestData(IdentityManagement identity, Tenants tenants, Memberships memberships, SchoolClasses classes,
            ClassMembers classMembers, Teams teams, TeamMembers teamMembers, GuardianLinks guardianLinks,
            Invitations invitations, TransactionTemplate transactions, JdbcTemplate jdbc, TestClock clock) {
        this.identity = identity;
        this.tenants = tenants;
        this.memberships = memberships;
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.teamMembers = teamMembers;
        this.guardianLinks = guardianLinks;
        this.invitations = invitations;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh e-mail address nobody else uses, made from a name ("Ivy Invited" gives ivy.invited-…). */
    public static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + suffix() + "@example.org";
    }

    public static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    // ---- tenants

    /** A school that does not take self-registration. */
    public TestTenant tenant() {
        return tenant(false);
    }

    public TestTenant tenant(boolean selfRegistration) {
        String slug = "t-" + suffix();
        return tenant(slug, "School " + slug, TenantType.SCHOOL, selfRegistration, null);
    }

    /** A tenant with this name (slugs stay random), not open to self-registration. */
    public TestTenant tenant(String name, TenantType type) {
        return tenant(name, type, null);
    }

    public TestTenant tenant(String name, TenantType type, @Nullable Integer seatLimit) {
        return tenant("t-" + suffix(), name, type, false, seatLimit);
    }

    /** The public tenant people register into by default, made on first use. */
    public synchronized TestTenant publicTenant() {
        Tenant tenant = transactions.execute(status -> tenants.findBySlug(PUBLIC_TENANT).orElseGet(() ->
                tenants.save(new Tenant(PUBLIC_TENANT, "Vidya Open", TenantType.PUBLIC, true, null,
                        clock.instant()))));
        return new TestTenant(tenant.tenantId(), tenant.slug());
    }

    private TestTenant tenant(String slug, String name, TenantType type, boolean selfRegistration,
            @Nullable Integer seatLimit) {
        Tenant tenant = transactions.execute(status -> tenants.save(new Tenant(slug, name, type, selfRegistration,
                seatLimit, clock.instant())));
        return new TestTenant(tenant.tenantId(), tenant.slug());
    }

    // ---- people

    /** A member with these roles; staff (teachers and above) get an authenticator secret. */
    public Person member(TestTenant tenant, Role... roles) {
        return newMember(tenant, emailFor(roles), "Person " + suffix(), isStaff(roles) ? Totp.newSecret() : null,
                roles);
    }

    /** A member called {@code name}, for pages that show it; staff get an authenticator secret. */
    public Person member(TestTenant tenant, String name, Role... roles) {
        return newMember(tenant, email(name), name, isStaff(roles) ? Totp.newSecret() : null, roles);
    }

    /** A member who has not set up an authenticator app, whatever their roles. */
    public Person memberWithoutTotp(TestTenant tenant, Role... roles) {
        return newMember(tenant, emailFor(roles), "Person " + suffix(), null, roles);
    }

    private Person newMember(TestTenant tenant, String email, String name, @Nullable String totpSecret,
            Role... roles) {
        Set<Role> roleSet = EnumSet.copyOf(List.of(roles));
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> {
            AccountSummary account = identity.createActive(email, name, hash(), totpSecret, false);
            Membership membership = memberships.save(new Membership(account.id(), roleSet, clock.instant()));
            return new Person(account.id(), account.email(), name, PASSWORD, totpSecret, tenant, membership.id(),
                    roleSet);
        }));
    }

    /** Makes someone who already has an account a member of another tenant too. */
    public UUID join(Person person, TestTenant tenant, Role... roles) {
        Set<Role> roleSet = EnumSet.copyOf(List.of(roles));
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status ->
                memberships.save(new Membership(person.id(), roleSet, clock.instant())).id()));
    }

    /** A platform admin, in no tenant, with an authenticator secret. */
    public Person platformAdmin() {
        return platformAdmin("Platform admin " + suffix());
    }

    public Person platformAdmin(String name) {
        String totpSecret = Totp.newSecret();
        AccountSummary account = identity.createActive(email("platform-admin"), name, hash(), totpSecret, true);
        return new Person(account.id(), account.email(), name, PASSWORD, totpSecret, null, null,
                EnumSet.of(Role.PLATFORM_ADMIN));
    }

    public Membership.@Nullable Status membershipStatus(TestTenant tenant, Person person) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> memberships
                .findByUserId(person.id().value()).map(Membership::status).orElse(null)));
    }

    public boolean isMember(TestTenant tenant, String email) {
        return identity.findByEmail(email).map(account -> Tenancy.callAs(tenant.id(), () -> transactions.execute(
                status -> memberships.findByUserId(account.id().value()).isPresent()))).orElse(false);
    }

    public Optional<AccountSummary> account(String email) {
        return identity.findByEmail(email);
    }

    // ---- classes, teams, links and invitations

    /** A class with these people in it as learners. */
    public UUID schoolClass(TestTenant tenant, Person... learners) {
        UUID id = schoolClass(tenant, "Class " + suffix());
        for (Person learner : learners) {
            inClass(tenant, id, learner, ClassMember.ClassRole.LEARNER);
        }
        return id;
    }

    public UUID schoolClass(TestTenant tenant, String name) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> classes.save(
                new SchoolClass(name, "8", "A", "2026-27", clock.instant())).id()));
    }

    public void inClass(TestTenant tenant, UUID classId, Person person, ClassMember.ClassRole role) {
        Tenancy.runAs(tenant.id(), () -> transactions.executeWithoutResult(status -> classMembers.save(
                new ClassMember(classId, person.id(), role, clock.instant()))));
    }

    public UUID team(TestTenant tenant, @Nullable Person manager, Person... members) {
        return team(tenant, "Team " + suffix(), manager, members);
    }

    public UUID team(TestTenant tenant, String name, @Nullable Person manager, Person... members) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> {
            Team team = teams.save(new Team(name, manager == null ? null : manager.id(), clock.instant()));
            for (Person member : members) {
                teamMembers.save(new TeamMember(team.id(), member.id(), clock.instant()));
            }
            return team.id();
        }));
    }

    /** A parent–child link the parent asked for, waiting for confirmation. */
    public UUID pendingGuardianLink(TestTenant tenant, Person parent, Person child) {
        return guardianLink(tenant, parent, child, false);
    }

    /** A parent–child link the parent asked for and the child confirmed. */
    public UUID confirmedGuardianLink(TestTenant tenant, Person parent, Person child) {
        return guardianLink(tenant, parent, child, true);
    }

    private UUID guardianLink(TestTenant tenant, Person parent, Person child, boolean confirmed) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> {
            GuardianLink link = new GuardianLink(parent.id(), child.id(), parent.id(), clock.instant());
            if (confirmed) {
                link.confirm(child.id(), clock.instant());
            }
            return guardianLinks.save(link).id();
        }));
    }

    public UUID pendingInvitation(TestTenant tenant, Person invitedBy) {
        return Tenancy.callAs(tenant.id(), () -> transactions.execute(status -> invitations.save(new Invitation(
                email("invitee"), "Invitee", EnumSet.of(Role.LEARNER), null, null, "hash-" + UUID.randomUUID(),
                invitedBy.id(), clock.instant(), clock.instant().plusSeconds(86_400))).id()));
    }

    // ---- a whole tenant

    /** A {@link World}: a new tenant whose slug starts with {@code prefix}, with everything in it. */
    public World world(String prefix) {
        String slug = prefix + "-" + suffix();
        TestTenant tenant = tenant(slug, "School " + slug, TenantType.SCHOOL, false, null);
        Map<Role, Person> people = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (role != Role.PLATFORM_ADMIN) {
                people.put(role, member(tenant, role));
            }
        }
        Person learner = people.get(Role.LEARNER);
        Person parent = people.get(Role.PARENT);
        Person secondLearner = member(tenant, Role.LEARNER);
        UUID classId = schoolClass(tenant, learner);
        inClass(tenant, classId, people.get(Role.TEACHER), ClassMember.ClassRole.TEACHER);
        UUID teamId = team(tenant, people.get(Role.TEAM_MANAGER), learner);
        UUID link = confirmedGuardianLink(tenant, parent, learner);
        UUID pendingLink = pendingGuardianLink(tenant, parent, secondLearner);
        UUID invitation = pendingInvitation(tenant, people.get(Role.ORG_ADMIN));
        return new World(tenant, Collections.unmodifiableMap(people), secondLearner, classId, teamId, link, pendingLink,
                invitation);
    }

    // ---- the mail outbox

    /** The newest e-mail to this address. */
    public Optional<Mail> lastMailTo(String email) {
        return jdbc.query("""
                select recipient, subject, body, status from platform_mail_outbox
                where recipient = ? order by id desc fetch first 1 rows only""",
                (rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                email.toLowerCase(Locale.ROOT)).stream().findFirst();
    }

    public List<Mail> mailsTo(String email) {
        return jdbc.query("select recipient, subject, body, status from platform_mail_outbox where recipient = ?"
                        + " order by id", (rs, row) -> new Mail(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), email.toLowerCase(Locale.ROOT));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private static String emailFor(Role... roles) {
        return email(roles.length == 0 ? "person" : roles[0].code().replace('_', '-'));
    }

    private static boolean isStaff(Role... roles) {
        return Arrays.stream(roles).anyMatch(Role::isStaff);
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
