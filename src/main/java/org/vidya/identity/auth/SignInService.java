package org.vidya.identity.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.domain.OneTimeCode;
import org.vidya.identity.domain.OneTimeCodes;
import org.vidya.identity.domain.RefreshToken;
import org.vidya.identity.domain.TokenFamilies;
import org.vidya.identity.domain.TokenFamily;
import org.vidya.identity.domain.UserAccount;
import org.vidya.identity.domain.UserAccounts;
import org.vidya.identity.spi.MembershipDirectory;
import org.vidya.identity.spi.MembershipGrant;
import org.vidya.platform.ApiException;
import org.vidya.platform.ClientInfo;
import org.vidya.platform.OutgoingMail;
import org.vidya.platform.Role;
import org.vidya.platform.Secrets;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Signing in, for the API and the browser alike: a first factor (password or e-mailed code),
 * then TOTP when the account has it or a staff role requires it, then a session in one of the
 * person's tenants. Every failure is counted by {@link SignInThrottle} and audited.
 */
@Service
public class SignInService {

    // Compared against when the account does not exist, so that timing does not reveal that.
    private volatile @Nullable String unknownAccountHash;

    private final UserAccounts accounts;
    private final OneTimeCodes codes;
    private final TokenFamilies families;
    private final PasswordEncoder passwords;
    private final MembershipDirectory directory;
    private final SignInThrottle throttle;
    private final AccessTokens tokens;
    private final AuditLog audit;
    private final OutgoingMail mail;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInService(UserAccounts accounts, OneTimeCodes codes, TokenFamilies families, PasswordEncoder passwords,
            MembershipDirectory directory, SignInThrottle throttle, AccessTokens tokens, AuditLog audit,
            OutgoingMail mail, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.families = families;
        this.passwords = passwords;
        this.directory = directory;
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a person typed to sign in. Exactly one of {@code password} and {@code code} is given. */
    public record Credentials(String email, @Nullable String password, @Nullable String code, @Nullable String totp,
            @Nullable String tenant) {
    }

    /** Both factors at once, as the API takes them. */
    @Transactional(noRollbackFor = ApiException.class)
    public VidyaPrincipal signIn(Credentials credentials, TokenFamily.Channel channel) {
        UserId user = firstFactor(credentials.email(), credentials.password(), credentials.code());
        return secondFactor(user, credentials.totp(), credentials.tenant(), channel);
    }

    /** Checks the password or e-mailed code; the account id when right. */
    @Transactional(noRollbackFor = ApiException.class)
    public UserId firstFactor(String rawEmail, @Nullable String password, @Nullable String code) {
        String email = UserAccount.normalize(rawEmail);
        ClientInfo client = ClientInfo.current();
        throttle.checkAllowed(email, client.address());
        boolean byPassword = password != null && !password.isEmpty();
        boolean byCode = code != null && !code.isBlank();
        if (byPassword == byCode) {
            throw ApiException.invalid("password", "required", "Give either a password or an e-mailed code.");
        }
        UserAccount account = accounts.findByEmail(email).orElse(null);
        boolean ok;
        if (byPassword) {
            String hash = account == null || account.passwordHash() == null ? unknownAccountHash() : account.passwordHash();
            ok = passwords.matches(password, hash) && account != null && account.passwordHash() != null;
        } else {
            ok = account != null && checkSignInCode(account, code.strip());
        }
        if (!ok || account == null) {
            fail(email, account, "auth.sign-in", byPassword ? "wrong password or unknown account" : "wrong code");
            throw ApiException.unauthorized("invalid-credentials",
                    byPassword ? "The e-mail address or password is not right."
                            : "The code is not right, has expired or was already used.");
        }
        if (account.status() == UserAccount.Status.DISABLED) {
            audit.record(AuditRecord.denied(null, account.userId(), "auth.sign-in", "user", account.id(),
                    "account disabled").withActorEmail(account.email()));
            throw ApiException.forbidden("account-disabled", "This account has been disabled.");
        }
        if (byCode) {
            // Receiving the code proves the mailbox.
            account.verifyEmail(clock.instant());
        } else if (!account.emailVerified()) {
            throw ApiException.forbidden("email-not-verified",
                    "Confirm your e-mail address first: open the link we sent you, or sign in with an e-mailed code.");
        }
        return account.userId();
    }

    /**
     * After the first factor: checks TOTP where needed and opens a session in the chosen tenant
     * (or the person's first).
     */
    @Transactional(noRollbackFor = ApiException.class)
    public VidyaPrincipal secondFactor(UserId user, @Nullable String totp, @Nullable String tenant,
            TokenFamily.Channel channel) {
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        List<MembershipGrant> memberships = Tenancy.callAsRoot(() -> directory.membershipsOf(user));
        boolean staff = account.platformAdmin() || memberships.stream().anyMatch(MembershipGrant::hasStaffRole);
        ClientInfo client = ClientInfo.current();
        if (account.totpEnabled()) {
            if (totp == null || totp.isBlank()) {
                throw ApiException.unauthorized("totp-required",
                        "Enter the six-digit code from your authenticator app.");
            }
            throttle.checkAllowed(account.email(), client.address());
            OptionalLong step = Totp.verify(account.totpSecret(), totp.strip(), account.totpLastStep(),
                    clock.instant());
            if (step.isEmpty()) {
                fail(account.email(), account, "auth.totp", "wrong authenticator code");
                throw ApiException.unauthorized("invalid-totp", "The authenticator code is not right.");
            }
            account.usedTotpStep(step.getAsLong());
        } else if (staff) {
            String enrolment = Secrets.token();
            codes.save(new OneTimeCode(account.id(), OneTimeCode.Purpose.TOTP_ENROLMENT, Secrets.sha256(enrolment),
                    properties.codeMaxAttempts(), clock.instant(), clock.instant().plus(properties.codeTtl())));
            throw ApiException.forbidden("totp-enrolment-required",
                    "Staff accounts need an authenticator app. Set one up to finish signing in.")
                    .with("enrolmentToken", enrolment);
        }
        return openSession(account, memberships, tenant, channel, client);
    }

    /** A new session for someone who just proved both factors (also used after TOTP enrolment). */
    VidyaPrincipal openSession(UserAccount account, List<MembershipGrant> memberships, @Nullable String tenant,
            TokenFamily.Channel channel, ClientInfo client) {
        Instant now = clock.instant();
        MembershipGrant chosen = choose(memberships, tenant, account);
        TokenFamily family = families.save(new TokenFamily(account.id(), channel, client.address(),
                client.userAgent(), now));
        accounts.recordSignIn(account.id(), now);
        throttle.succeeded(account.email());
        VidyaPrincipal principal = principal(account, chosen, family.id());
        audit.record(AuditRecord.success(principal.tenantId(), account.userId(), "auth.sign-in", "user",
                account.id(), channel.name().toLowerCase() + " session").withActorEmail(account.email()));
        return principal;
    }

    /** A rotated session: who it is for, and the new pair of tokens. */
    public record Refreshed(VidyaPrincipal principal, AccessTokens.IssuedTokens tokens) {
    }

    /** Rotates a refresh token: the old one is spent, a new pair is issued in the same session. */
    @Transactional(noRollbackFor = ApiException.class)
    public Refreshed refresh(String refreshToken) {
        RefreshToken spent = tokens.spend(refreshToken);
        UserAccount account = accounts.findById(spent.userId()).orElseThrow();
        if (account.status() != UserAccount.Status.ACTIVE || account.tokenVersion() != spent.tokenVersion()) {
            throw ApiException.unauthorized("session-revoked", "This session has ended. Sign in again.");
        }
        List<MembershipGrant> memberships = Tenancy.callAsRoot(() -> directory.membershipsOf(account.userId()));
        String tenant = spent.sessionTenantId() == null ? null : spent.sessionTenantId().toString();
        MembershipGrant chosen;
        try {
            chosen = choose(memberships, tenant, account);
        } catch (ApiException e) {
            chosen = choose(memberships, null, account);
        }
        VidyaPrincipal principal = principal(account, chosen, spent.familyId());
        return new Refreshed(principal, tokens.issue(principal));
    }

    /** Moves the session to another of the person's tenants. */
    @Transactional
    public VidyaPrincipal switchTenant(VidyaPrincipal current, String tenant) {
        UserAccount account = accounts.findById(current.userId().value()).orElseThrow();
        List<MembershipGrant> memberships = Tenancy.callAsRoot(() -> directory.membershipsOf(current.userId()));
        MembershipGrant chosen = choose(memberships, tenant, account);
        UUID session = current.sessionId() == null ? null : UUID.fromString(current.sessionId());
        VidyaPrincipal next = principal(account, chosen, session);
        audit.record(AuditRecord.success(next.tenantId(), account.userId(), "auth.tenant-switched", "tenant",
                String.valueOf(next.tenantId()), "from " + current.tenantId()));
        return next;
    }

    public List<MembershipGrant> memberships(UserId user) {
        return Tenancy.callAsRoot(() -> directory.membershipsOf(user));
    }

    /** E-mails a six-digit sign-in code. Says nothing about whether the account exists. */
    @Transactional
    public void sendSignInCode(String rawEmail) {
        String email = UserAccount.normalize(rawEmail);
        throttle.codeRequested(email, ClientInfo.current().address());
        accounts.findByEmail(email).filter(a -> a.status() != UserAccount.Status.DISABLED).ifPresent(account -> {
            Instant now = clock.instant();
            codes.consumeAll(account.id(), OneTimeCode.Purpose.SIGN_IN, now);
            String code = Secrets.sixDigits();
            codes.save(new OneTimeCode(account.id(), OneTimeCode.Purpose.SIGN_IN, hashCode(account.id(), code),
                    properties.codeMaxAttempts(), now, now.plus(properties.codeTtl())));
            mail.send(account.email(), "Your Vidya sign-in code: " + code, """
                    Hello %s,

                    Your sign-in code is %s. It works once, for %d minutes.

                    If you did not ask for it, you can ignore this e-mail; nobody can sign in without it.
                    """.formatted(account.displayName(), code, properties.codeTtl().toMinutes()));
        });
    }

    /** Ends one API session by its refresh token. */
    @Transactional
    public void signOut(String refreshToken) {
        tokens.spendQuietly(refreshToken).ifPresent(family -> families.findById(family)
                .ifPresent(f -> {
                    f.revoke("signed-out", clock.instant());
                    tokens.forgetVerified();
                    audit.record(AuditRecord.success(null, new UserId(f.userId()), "auth.sign-out", "session",
                            f.id(), "api session"));
                }));
    }

    /** Makes this node check every access token afresh, after a revocation elsewhere in this module. */
    void forgetVerifiedTokens() {
        tokens.forgetVerified();
    }

    /** Ends every session and token of the person, on every device. */
    @Transactional
    public void signOutEverywhere(UserId user) {
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        account.revokeAllTokens();
        families.revokeAll(user.value(), "signed-out-everywhere", clock.instant());
        tokens.forgetVerified();
        audit.record(AuditRecord.success(null, user, "auth.sign-out-everywhere", "user", user, ""));
    }

    private String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            hash = passwords.encode(Secrets.token());
            unknownAccountHash = hash;
        }
        return hash;
    }

    private boolean checkSignInCode(UserAccount account, String code) {
        Instant now = clock.instant();
        var stored = codes.findFirstByUserIdAndPurposeAndConsumedAtIsNullOrderByCreatedAtDesc(account.id(),
                OneTimeCode.Purpose.SIGN_IN).orElse(null);
        if (stored == null || !stored.usable(now)) {
            return false;
        }
        if (!Secrets.constantTimeEquals(stored.codeHash(), hashCode(account.id(), code))) {
            stored.failedAttempt();
            return false;
        }
        stored.consume(now);
        return true;
    }

    static String hashCode(UUID user, String code) {
        return Secrets.sha256(user + ":" + code);
    }

    private void fail(String email, @Nullable UserAccount account, String action, String detail) {
        boolean locked = throttle.failed(email, ClientInfo.current().address());
        // A failed sign-in of a member is shown in the audit log of each of their tenants.
        List<TenantId> tenants = account == null ? List.of()
                : memberships(account.userId()).stream().map(MembershipGrant::tenant).toList();
        for (TenantId tenant : tenants.isEmpty() ? java.util.Collections.<TenantId>singletonList(null) : tenants) {
            audit.record(AuditRecord.failure(tenant, account == null ? null : account.userId(), action, "user",
                    account == null ? email : account.id().toString(), detail + (locked ? "; sign-in paused" : ""))
                    .withActorEmail(email));
        }
        if (locked && account != null) {
            mail.send(account.email(), "Vidya: sign-in attempts paused on your account", """
                    Hello %s,

                    Someone tried to sign in to your Vidya account with wrong details %d times. To protect
                    you, sign-in attempts are paused for %d minutes.

                    If this was you, wait and try again, or reset your password. If it was not you, your
                    account is safe; consider changing your password and turning on an authenticator app.
                    """.formatted(account.displayName(), properties.accountFailures(),
                    properties.lockout().toMinutes()));
        }
    }

    private static MembershipGrant choose(List<MembershipGrant> memberships, @Nullable String tenant,
            UserAccount account) {
        if (tenant != null && !tenant.isBlank()) {
            String wanted = tenant.strip();
            return memberships.stream()
                    .filter(m -> m.tenantSlug().equalsIgnoreCase(wanted) || m.tenant().toString().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> ApiException.forbidden("not-a-member",
                            "You are not a member of the organization '" + wanted + "'."));
        }
        if (memberships.isEmpty()) {
            if (account.platformAdmin()) {
                return null;
            }
            throw ApiException.forbidden("no-membership",
                    "Your account does not belong to any school or organization yet. Ask for an invitation.");
        }
        return memberships.getFirst();
    }

    private static VidyaPrincipal principal(UserAccount account, @Nullable MembershipGrant membership,
            @Nullable UUID session) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (membership != null) {
            roles.addAll(membership.roles());
        }
        if (account.platformAdmin()) {
            roles.add(Role.PLATFORM_ADMIN);
        }
        TenantId tenant = membership == null ? null : membership.tenant();
        return new VidyaPrincipal(account.userId(), account.email(), account.displayName(), tenant, roles,
                account.tokenVersion(), session == null ? null : session.toString());
    }
}
