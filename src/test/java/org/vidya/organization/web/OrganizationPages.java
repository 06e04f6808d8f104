package org.vidya.organization.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.organization.domain.ClassMembers;
import org.vidya.organization.domain.GuardianLink;
import org.vidya.organization.domain.GuardianLinks;
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

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Test data for page tests, made the way the demo data is: straight into the repositories,
 * inside the tenant it belongs to. Every tenant and address is new, so tests sharing one
 * application context never see each other's people. Tests bring it in with {@code @Import}.
 */
public class OrganizationPages {

    private final IdentityManagement identity;
    private final Tenants tenants;
    private final Memberships memberships;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final TeamMembers teamMembers;
    private final GuardianLinks guardianLinks;
    private final TransactionTemplate transactions;
    private String passwordHash;

    public OrganizationPages(IdentityManagement identity, Tenants tenants, Memberships memberships, SchoolClasses classes,
            ClassMembers classMembers, Teams teams, TeamMembers teamMembers, GuardianLinks guardianLinks,
            TransactionTemplate transactions) {
        this.identity = identity;
        this.tenants = tenants;
        this.memberships = memberships;
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.teamMembers = teamMembers;
        this.guardianLinks = guardianLinks;
        this.transactions = transactions;
    }

    public TenantId tenant(String name, TenantType type) {
        return tenant(name, type, null);
    }

    public TenantId tenant(String name, TenantType type, Integer seatLimit) {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = transactions.execute(status -> tenants.save(
                new Tenant(slug, name, type, false, seatLimit, Instant.now())));
        return tenant.tenantId();
    }

    /** A new active account, member of the tenant with the roles, as a session would carry it. */
    public VidyaPrincipal member(TenantId tenant, String name, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.LEARNER) : EnumSet.copyOf(Set.of(roles));
        AccountSummary account = identity.createActive(email(name), name, hash(), null, false);
        Tenancy.runAs(tenant, () -> transactions.executeWithoutResult(
                status -> memberships.save(new Membership(account.id(), set, Instant.now()))));
        return new VidyaPrincipal(account.id(), account.email(), name, tenant, set, 0, null);
    }

    public VidyaPrincipal platformAdmin(String name) {
        AccountSummary account = identity.createActive(email(name), name, hash(), null, true);
        return new VidyaPrincipal(account.id(), account.email(), name, null, EnumSet.of(Role.PLATFORM_ADMIN), 0,
                null);
    }

    public UUID schoolClass(TenantId tenant, String name) {
        return Tenancy.callAs(tenant, () -> transactions.execute(status -> classes.save(
                new SchoolClass(name, "8", "A", "2026-27", Instant.now())).id()));
    }

    public void inClass(TenantId tenant, UUID classId, VidyaPrincipal person, ClassMember.ClassRole role) {
        Tenancy.runAs(tenant, () -> transactions.executeWithoutResult(status -> classMembers.save(
                new ClassMember(classId, person.userId(), role, Instant.now()))));
    }

    public UUID team(TenantId tenant, String name, VidyaPrincipal manager, VidyaPrincipal... members) {
        return Tenancy.callAs(tenant, () -> transactions.execute(status -> {
            Team team = teams.save(new Team(name, manager.userId(), Instant.now()));
            for (VidyaPrincipal m : members) {
                teamMembers.save(new TeamMember(team.id(), m.userId(), Instant.now()));
            }
            return team.id();
        }));
    }

    public UUID guardianLink(TenantId tenant, VidyaPrincipal parent, VidyaPrincipal child, boolean confirmed) {
        return Tenancy.callAs(tenant, () -> transactions.execute(status -> {
            GuardianLink link = new GuardianLink(parent.userId(), child.userId(), parent.userId(),
                    Instant.now());
            if (confirmed) {
                link.confirm(child.userId(), Instant.now());
            }
            return guardianLinks.save(link).id();
        }));
    }

    public Membership.Status membershipStatus(TenantId tenant, UserId user) {
        return Tenancy.callAs(tenant, () -> transactions.execute(
                status -> memberships.findByUserId(user.value()).map(Membership::status).orElse(null)));
    }

    public boolean isMember(TenantId tenant, String email) {
        return identity.findByEmail(email).map(a -> Tenancy.callAs(tenant, () -> transactions.execute(
                status -> memberships.findByUserId(a.id().value()).isPresent()))).orElse(false);
    }

    public static RequestPostProcessor as(VidyaPrincipal principal) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
    }

    public static Document html(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** An htmx answer: table rows and out-of-band elements, which an HTML parser would drop outside a table. */
    public static Document fragment(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(), "", Parser.xmlParser());
    }

    public static String email(String name) {
        return name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@pages.example.org";
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = identity.hashPassword("correct horse battery staple");
        }
        return passwordHash;
    }
}
