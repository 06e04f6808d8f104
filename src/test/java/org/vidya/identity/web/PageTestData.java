package org.vidya.identity.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.Membership;
import org.vidya.organization.domain.Memberships;
import org.vidya.organization.domain.Tenant;
import org.vidya.organization.domain.Tenants;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/** Tenants, people and e-mails for the page tests, made through the real services and tables. */
final class PageTestData {

    static final String PASSWORD = "correct horse battery";

    private final IdentityManagement identity;
    private final Tenants tenants;
    private final Memberships memberships;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    PageTestData(IdentityManagement identity, Tenants tenants, Memberships memberships,
            TransactionTemplate transactions, JdbcTemplate jdbc) {
        this.identity = identity;
        this.tenants = tenants;
        this.memberships = memberships;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** The tenant with this slug, made on first use. */
    TenantId tenant(String slug, boolean selfRegistration) {
        return transactions.execute(status -> tenants.findBySlug(slug)
                .orElseGet(() -> tenants.save(new Tenant(slug, "Tenant " + slug,
                        selfRegistration ? TenantType.PUBLIC : TenantType.SCHOOL, selfRegistration, null,
                        Instant.now()))))
                .tenantId();
    }

    static String newEmail(String who) {
        return who + "-" + UUID.randomUUID() + "@example.org";
    }

    /** An active, verified account that is a member of the tenant with these roles. */
    AccountSummary member(String email, @Nullable String totpSecret, TenantId tenant, Set<Role> roles) {
        AccountSummary account = identity.createActive(email, "Person " + email.substring(0, 8),
                identity.hashPassword(PASSWORD), totpSecret, false);
        join(account, tenant, roles);
        return account;
    }

    void join(AccountSummary account, TenantId tenant, Set<Role> roles) {
        Tenancy.runAs(tenant, () -> transactions.executeWithoutResult(status ->
                memberships.save(new Membership(account.id(), roles, Instant.now()))));
    }

    /** The newest e-mail to this address: subject, a blank line, body. */
    String lastMailTo(String email) {
        return jdbc.queryForObject("select subject, body from platform_mail_outbox where recipient = ? "
                + "order by created_at desc limit 1", (row, n) -> row.getString("subject") + "\n\n"
                + row.getString("body"), email.toLowerCase());
    }

    static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("'%s' in:%n%s", regex, text).isTrue();
        return matcher.group(1);
    }

    static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Who the browser session is signed in as, or null. */
    static @Nullable VidyaPrincipal signedIn(@Nullable MockHttpSession session) {
        if (session == null || session.isInvalid() || !(session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context)
                || context.getAuthentication() == null) {
            return null;
        }
        return context.getAuthentication().getPrincipal() instanceof VidyaPrincipal principal ? principal : null;
    }
}
