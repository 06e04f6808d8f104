package org.vidya.organization.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
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

/**
 * Demo tenants and people for a first look: a school with an admin, two teachers, two classes,
 * twenty learners and their parents; a company with a team and its manager; and the public
 * space. Created once, on the first start with an empty database.
 */
@Component
class DemoData {

    static final String SCHOOL = "sunrise";
    static final String COMPANY = "acme";
    static final String PUBLIC = "open";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final List<String[]> LEARNERS = List.of(
            new String[] {"Aarav Patel", "Nisha Patel"}, new String[] {"Diya Sharma", "Rohit Sharma"},
            new String[] {"Vihaan Gupta", "Meera Gupta"}, new String[] {"Ananya Iyer", "Lakshmi Iyer"},
            new String[] {"Arjun Reddy", "Suresh Reddy"}, new String[] {"Ishita Das", "Kavita Das"},
            new String[] {"Kabir Singh", "Harpreet Singh"}, new String[] {"Saanvi Nair", "Deepa Nair"},
            new String[] {"Reyansh Joshi", "Amit Joshi"}, new String[] {"Myra Kapoor", "Pooja Kapoor"},
            new String[] {"Aditya Rao", "Venkat Rao"}, new String[] {"Kiara Mehta", "Sonal Mehta"},
            new String[] {"Vivaan Khan", "Farah Khan"}, new String[] {"Anika Bose", "Sanjay Bose"},
            new String[] {"Rudra Pillai", "Anjali Pillai"}, new String[] {"Aadhya Menon", "Ravi Menon"},
            new String[] {"Krishna Verma", "Neha Verma"}, new String[] {"Pari Chatterjee", "Arnab Chatterjee"},
            new String[] {"Dhruv Malhotra", "Ritu Malhotra"}, new String[] {"Tara Sen", "Abhijit Sen"});

    private final DemoProperties properties;
    private final IdentityManagement identity;
    private final Tenants tenants;
    private final Memberships memberships;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final TeamMembers teamMembers;
    private final GuardianLinks guardianLinks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(DemoProperties properties, IdentityManagement identity, Tenants tenants, Memberships memberships,
            SchoolClasses classes, ClassMembers classMembers, Teams teams, TeamMembers teamMembers,
            GuardianLinks guardianLinks, TransactionTemplate transactions, Clock clock) {
        this.properties = properties;
        this.identity = identity;
        this.tenants = tenants;
        this.memberships = memberships;
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.teamMembers = teamMembers;
        this.guardianLinks = guardianLinks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void seed() {
        // Demo data goes only into a database that has no tenants but the demo ones; each demo
        // tenant is made whole in one transaction, so an interrupted first start resumes with
        // the tenants still missing and never duplicates one.
        boolean onlyDemoTenants = tenants.count() == List.of(SCHOOL, COMPANY, PUBLIC).stream()
                .filter(tenants::existsBySlug).count();
        if (!properties.enabled() || !onlyDemoTenants || tenants.existsBySlug(PUBLIC)) {
            return;
        }
        boolean generated = properties.password().isBlank();
        String password = generated ? generatePassword() : properties.password();
        // Every demo account shares one password, so one (slow) hash serves them all.
        String hash = identity.hashPassword(password);
        String totp = properties.totpSecret().isBlank() ? null : properties.totpSecret();
        account("platform.admin@vidya.example.org", "Priya Raman", hash, totp, true);
        if (!tenants.existsBySlug(SCHOOL)) {
            seedSchool(hash, totp);
        }
        if (!tenants.existsBySlug(COMPANY)) {
            seedCompany(hash, totp);
        }
        seedPublic(hash);
        log.warn(banner(generated ? password : null, totp != null));
    }

    // Each tenant is seeded in one transaction that sees every tenant (root), because the
    // tenant it fills does not exist yet when the transaction starts.
    private void seedSchool(String hash, @Nullable String totp) {
        Tenancy.runAsRoot(() -> transactions.executeWithoutResult(status -> {
            Tenant school = tenant(SCHOOL, "Sunrise Public School", TenantType.SCHOOL, false, 500,
                    "Learning that rises every day");
            Tenancy.runAs(school.tenantId(), () -> {
                AccountSummary admin = member("principal@sunrise.example.org", "Kavya Krishnan", hash, totp,
                        EnumSet.of(Role.ORG_ADMIN));
                AccountSummary anita = member("anita.sharma@sunrise.example.org", "Anita Sharma", hash, totp,
                        EnumSet.of(Role.TEACHER, Role.CONTENT_CREATOR));
                AccountSummary rahul = member("rahul.verma@sunrise.example.org", "Rahul Verma", hash, totp,
                        EnumSet.of(Role.TEACHER));
                SchoolClass grade8 = classes.save(new SchoolClass("Grade 8 – A", "8", "A", "2026-27",
                        clock.instant()));
                SchoolClass grade9 = classes.save(new SchoolClass("Grade 9 – B", "9", "B", "2026-27",
                        clock.instant()));
                classMembers.save(new ClassMember(grade8.id(), anita.id(), ClassMember.ClassRole.TEACHER,
                        clock.instant()));
                classMembers.save(new ClassMember(grade9.id(), rahul.id(), ClassMember.ClassRole.TEACHER,
                        clock.instant()));
                for (int i = 0; i < LEARNERS.size(); i++) {
                    String[] names = LEARNERS.get(i);
                    AccountSummary learner = member(email(names[0], "sunrise"), names[0], hash, null,
                            EnumSet.of(Role.LEARNER));
                    AccountSummary parent = member(email(names[1], "parents.sunrise"), names[1], hash, null,
                            EnumSet.of(Role.PARENT));
                    SchoolClass c = i < LEARNERS.size() / 2 ? grade8 : grade9;
                    classMembers.save(new ClassMember(c.id(), learner.id(), ClassMember.ClassRole.LEARNER,
                            clock.instant()));
                    GuardianLink link = new GuardianLink(parent.id(), learner.id(), admin.id(), clock.instant());
                    link.confirm(admin.id(), clock.instant());
                    guardianLinks.save(link);
                }
            });
        }));
    }

    private void seedCompany(String hash, @Nullable String totp) {
        Tenancy.runAsRoot(() -> transactions.executeWithoutResult(status -> {
            Tenant company = tenant(COMPANY, "Acme Analytics", TenantType.ENTERPRISE, false, 50,
                    "Upskilling the data team");
            Tenancy.runAs(company.tenantId(), () -> {
                member("it.admin@acme.example.com", "Farhan Ali", hash, totp,
                        EnumSet.of(Role.ORG_ADMIN, Role.ANALYTICS_VIEWER));
                AccountSummary manager = member("meera.manager@acme.example.com", "Meera Nambiar", hash, totp,
                        EnumSet.of(Role.TEAM_MANAGER));
                Team team = teams.save(new Team("Data Platform", manager.id(), clock.instant()));
                for (String name : List.of("Sahil Bhatt", "Leena Thomas", "Omar Siddiqui", "Grace D'Souza")) {
                    AccountSummary engineer = member(email(name, "acme"), name, hash, null,
                            EnumSet.of(Role.LEARNER));
                    teamMembers.save(new TeamMember(team.id(), engineer.id(), clock.instant()));
                }
            });
        }));
    }

    private void seedPublic(String hash) {
        Tenancy.runAsRoot(() -> transactions.executeWithoutResult(status -> {
            Tenant open = tenant(PUBLIC, "Vidya Open", TenantType.PUBLIC, true, null, "Learn anything, free");
            Tenancy.runAs(open.tenantId(), () -> {
                member("maya.learner@vidya.example.org", "Maya Fernandes", hash, null, EnumSet.of(Role.LEARNER));
                // A teacher of the school who also learns in the public space: she can switch tenants.
                identity.findByEmail("anita.sharma@sunrise.example.org").ifPresent(anita ->
                        memberships.save(new Membership(anita.id(), EnumSet.of(Role.LEARNER), clock.instant())));
            });
        }));
    }

    private static String banner(@Nullable String generatedPassword, boolean totp) {
        StringBuilder banner = new StringBuilder("\n\n================ Vidya demo data ================\n")
                .append("Sign in at http://localhost:8080/login with any of these (and more in README.md):\n")
                .append("  org admin  principal@sunrise.example.org\n")
                .append("  teacher    anita.sharma@sunrise.example.org, rahul.verma@sunrise.example.org\n")
                .append("  learner    aarav.patel@sunrise.example.org (and 19 more), maya.learner@vidya.example.org\n")
                .append("  parent     nisha.patel@parents.sunrise.example.org (and 19 more)\n")
                .append("  manager    meera.manager@acme.example.com   admin: it.admin@acme.example.com\n")
                .append("  platform   platform.admin@vidya.example.org\n");
        if (generatedPassword != null) {
            banner.append("Password of every demo account (shown once; set VIDYA_DEMO_PASSWORD to choose): ")
                    .append(generatedPassword).append('\n');
        } else {
            banner.append("Password: the value of VIDYA_DEMO_PASSWORD\n");
        }
        banner.append(totp ? "Staff sign in with TOTP codes from VIDYA_DEMO_TOTP_SECRET.\n"
                : "Staff accounts set up an authenticator app at their first sign-in.\n");
        banner.append("Without a mail server, e-mails (sign-in codes, links) appear at http://localhost:8080/dev/mailbox\n")
                .append("=================================================\n");
        return banner.toString();
    }

    private Tenant tenant(String slug, String name, TenantType type, boolean selfRegistration,
            @Nullable Integer seats, String tagline) {
        Tenant t = new Tenant(slug, name, type, selfRegistration, seats, clock.instant());
        t.update(name, type == TenantType.SCHOOL ? "#b45309" : type == TenantType.ENTERPRISE ? "#0f766e" : "#1d4ed8",
                tagline, Set.of("ai-tutor", "gamification", "certificates"), 730, seats, selfRegistration);
        return tenants.save(t);
    }

    private AccountSummary account(String email, String name, String hash, @Nullable String totp, boolean admin) {
        return identity.findByEmail(email).orElseGet(() -> identity.createActive(email, name, hash, totp, admin));
    }

    private AccountSummary member(String email, String name, String hash, @Nullable String totp, Set<Role> roles) {
        AccountSummary account = account(email, name, hash, totp, false);
        memberships.save(new Membership(account.id(), roles, clock.instant()));
        return account;
    }

    static String email(String name, String domain) {
        String local = name.toLowerCase().replace("'", "").replace(' ', '.');
        return local + "@" + domain + ".example." + (domain.equals("acme") ? "com" : "org");
    }

    private static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

}
