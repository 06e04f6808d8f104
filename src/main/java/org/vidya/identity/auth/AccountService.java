package org.vidya.identity.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.domain.Avatar;
import org.vidya.identity.domain.Avatars;
import org.vidya.identity.domain.OneTimeCode;
import org.vidya.identity.domain.OneTimeCodes;
import org.vidya.identity.domain.TokenFamilies;
import org.vidya.identity.domain.TokenFamily;
import org.vidya.identity.domain.UserAccount;
import org.vidya.identity.domain.UserAccounts;
import org.vidya.identity.spi.MembershipDirectory;
import org.vidya.identity.spi.MembershipGrant;
import org.vidya.platform.ApiException;
import org.vidya.platform.ClientInfo;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.OutgoingMail;
import org.vidya.platform.Secrets;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.WebProperties;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/** Registration, e-mail verification, password reset, TOTP enrolment and the profile. */
@Service
public class AccountService {

    public static final Set<String> LOCALES = Set.of("en", "hi", "km");
    static final Set<String> AVATAR_TYPES = Set.of("image/png", "image/jpeg", "image/webp", "image/gif");
    static final int AVATAR_MAX_BYTES = 512 * 1024;

    private final UserAccounts accounts;
    private final Avatars avatars;
    private final OneTimeCodes codes;
    private final TokenFamilies families;
    private final PasswordEncoder passwords;
    private final MembershipDirectory directory;
    private final SignInService signIn;
    private final AuditLog audit;
    private final OutgoingMail mail;
    private final IdentityProperties properties;
    private final WebProperties web;
    private final SignInThrottle throttle;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountService(UserAccounts accounts, Avatars avatars, OneTimeCodes codes, TokenFamilies families,
            PasswordEncoder passwords, MembershipDirectory directory, SignInService signIn, AuditLog audit,
            OutgoingMail mail, IdentityProperties properties, WebProperties web, SignInThrottle throttle,
            TransactionTemplate transactions, Clock clock) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.avatars = avatars;
        this.codes = codes;
        this.families = families;
        this.passwords = passwords;
        this.directory = directory;
        this.signIn = signIn;
        this.audit = audit;
        this.mail = mail;
        this.properties = properties;
        this.web = web;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Password rules: long enough to resist guessing, short enough to hash safely. */
    public static void checkPassword(String password, String email, String field) {
        if (password == null || password.length() < 10) {
            throw ApiException.invalid(field, "too-short", "must have at least 10 characters");
        }
        if (password.length() > 128) {
            throw ApiException.invalid(field, "too-long", "must have at most 128 characters");
        }
        if (password.chars().distinct().count() < 4
                || password.equalsIgnoreCase(email) || password.equalsIgnoreCase(email.split("@")[0])) {
            throw ApiException.invalid(field, "too-weak", "is too easy to guess");
        }
    }

    /**
     * Self-registration into a tenant that allows it (the public tenant by default). The account,
     * its membership and the verification e-mail are saved together or not at all.
     */
    public UserId register(String rawEmail, String password, String displayName, @Nullable String tenantSlug) {
        // Registration joins a tenant the person is not yet in, so its transaction sees every tenant.
        return Tenancy.callAsRoot(() -> transactions.execute(status ->
                registerInTransaction(rawEmail, password, displayName, tenantSlug)));
    }

    private UserId registerInTransaction(String rawEmail, String password, String displayName,
            @Nullable String tenantSlug) {
        String email = UserAccount.normalize(rawEmail);
        checkPassword(password, email, "password");
        if (accounts.existsByEmail(email)) {
            throw ApiException.conflict("account-exists",
                    "An account with this e-mail address already exists. Sign in, or reset its password.");
        }
        UserAccount account = new UserAccount(email, displayName, UserAccount.Status.ACTIVE, clock.instant());
        account.setPassword(passwords.encode(password));
        accounts.saveAndFlush(account);
        MembershipGrant grant = directory.joinBySelfRegistration(account.userId(), tenantSlug);
        sendVerification(account);
        audit.record(AuditRecord.success(grant.tenant(), account.userId(), "account.registered", "user",
                account.id(), "self-registration"));
        return account.userId();
    }

    @Transactional
    public void resendVerification(String rawEmail) {
        String email = UserAccount.normalize(rawEmail);
        throttle.codeRequested(email, ClientInfo.current().address());
        accounts.findByEmail(email).filter(a -> !a.emailVerified()).ifPresent(this::sendVerification);
    }

    private void sendVerification(UserAccount account) {
        String token = newLinkToken(account, OneTimeCode.Purpose.VERIFY_EMAIL);
        mail.send(account.email(), "Confirm your e-mail address for Vidya", """
                Hello %s,

                Please confirm your e-mail address by opening this link:

                %s/verify-email/%s

                The link works once, for %d minutes.
                """.formatted(account.displayName(), web.baseUrl(), token, properties.linkTtl().toMinutes()));
    }

    @Transactional
    public void verifyEmail(String token) {
        OneTimeCode code = consumeLink(token, OneTimeCode.Purpose.VERIFY_EMAIL);
        UserAccount account = accounts.findById(code.userId()).orElseThrow();
        account.verifyEmail(clock.instant());
        audit.record(AuditRecord.success(null, account.userId(), "account.email-verified", "user", account.id(), ""));
    }

    /** Sends a reset link when the account exists; the answer is the same either way. */
    @Transactional
    public void forgotPassword(String rawEmail) {
        String email = UserAccount.normalize(rawEmail);
        throttle.codeRequested(email, ClientInfo.current().address());
        accounts.findByEmail(email).filter(a -> a.status() != UserAccount.Status.DISABLED).ifPresent(account -> {
            String token = newLinkToken(account, OneTimeCode.Purpose.RESET_PASSWORD);
            mail.send(account.email(), "Reset your Vidya password", """
                    Hello %s,

                    Someone (hopefully you) asked to reset your password. Choose a new one here:

                    %s/reset-password?token=%s

                    The link works once, for %d minutes. If you did not ask, ignore this e-mail.
                    """.formatted(account.displayName(), web.baseUrl(), token, properties.linkTtl().toMinutes()));
        });
    }

    /** Sets a new password from a reset link and signs the person out everywhere. */
    @Transactional
    public void resetPassword(String token, String newPassword) {
        OneTimeCode code = codes.findByCodeHashAndPurpose(Secrets.sha256(token), OneTimeCode.Purpose.RESET_PASSWORD)
                .filter(c -> c.usable(clock.instant()))
                .orElseThrow(AccountService::invalidLink);
        UserAccount account = accounts.findById(code.userId()).orElseThrow();
        checkPassword(newPassword, account.email(), "password");
        code.consume(clock.instant());
        account.setPassword(passwords.encode(newPassword));
        account.verifyEmail(clock.instant());
        account.revokeAllTokens();
        families.revokeAll(account.id(), "password-reset", clock.instant());
        signIn.forgetVerifiedTokens();
        mail.send(account.email(), "Your Vidya password was changed", """
                Hello %s,

                Your password was just changed and every session was signed out. If this was not you,
                reset your password at once: %s/forgot-password
                """.formatted(account.displayName(), web.baseUrl()));
        audit.record(AuditRecord.success(null, account.userId(), "account.password-reset", "user", account.id(), ""));
    }

    /** Changes the password of a signed-in person who knows the current one. */
    @Transactional
    public void changePassword(UserId user, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw ApiException.invalid("currentPassword", "wrong-password", "is not your current password");
        }
        checkPassword(newPassword, account.email(), "newPassword");
        account.setPassword(passwords.encode(newPassword));
        audit.record(AuditRecord.success(null, user, "account.password-changed", "user", user, ""));
    }

    /** A TOTP secret to set up, for a signed-in person or one holding an enrolment token. */
    public record TotpSetup(String secret, String otpauthUri, String qrCode) {
    }

    @Transactional
    public TotpSetup startTotpEnrolment(UserId user) {
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        String secret = Totp.newSecret();
        account.startTotpEnrolment(secret);
        String uri = Totp.otpauthUri("Vidya", account.email(), secret);
        return new TotpSetup(secret, uri, QrCodes.pngDataUri(uri, 240));
    }

    @Transactional
    public TotpSetup startTotpEnrolment(String enrolmentToken) {
        return startTotpEnrolment(enrolmentHolder(enrolmentToken, false));
    }

    /** Confirms the first code from the app; from then on the account signs in with TOTP. */
    @Transactional(noRollbackFor = ApiException.class)
    public void confirmTotp(UserId user, String code) {
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        if (account.totpPendingSecret() == null) {
            throw ApiException.conflict("no-totp-enrolment", "Start setting up an authenticator app first.");
        }
        var step = Totp.verify(account.totpPendingSecret(), code == null ? "" : code.strip(), 0, clock.instant());
        if (step.isEmpty()) {
            throttle.checkAllowed(account.email(), ClientInfo.current().address());
            throttle.failed(account.email(), ClientInfo.current().address());
            throw ApiException.invalid("code", "invalid-totp", "is not the code your app shows now");
        }
        account.confirmTotp(step.getAsLong());
        audit.record(AuditRecord.success(null, user, "account.totp-enabled", "user", user, ""));
    }

    /** Confirms enrolment started at sign-in and completes that sign-in. */
    @Transactional(noRollbackFor = ApiException.class)
    public VidyaPrincipal confirmTotpAndSignIn(String enrolmentToken, String code, @Nullable String tenant,
            TokenFamily.Channel channel) {
        UserId user = enrolmentHolder(enrolmentToken, false);
        confirmTotp(user, code);
        enrolmentHolder(enrolmentToken, true);
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        return signIn.openSession(account, signIn.memberships(user), tenant, channel, ClientInfo.current());
    }

    @Transactional(noRollbackFor = ApiException.class)
    public void disableTotp(VidyaPrincipal principal, String code) {
        UserAccount account = accounts.findById(principal.userId().value()).orElseThrow();
        boolean staff = account.platformAdmin()
                || signIn.memberships(principal.userId()).stream().anyMatch(MembershipGrant::hasStaffRole);
        if (staff) {
            throw ApiException.conflict("totp-required-for-role",
                    "Staff accounts must keep an authenticator app.");
        }
        if (!account.totpEnabled()) {
            throw ApiException.conflict("totp-not-enabled", "No authenticator app is set up.");
        }
        if (Totp.verify(account.totpSecret(), code == null ? "" : code.strip(), 0, clock.instant()).isEmpty()) {
            throw ApiException.invalid("code", "invalid-totp", "is not the code your app shows now");
        }
        account.disableTotp();
        audit.record(AuditRecord.success(null, principal.userId(), "account.totp-disabled", "user",
                principal.userId(), ""));
    }

    @Transactional
    public UserAccount updateProfile(UserId user, String displayName, @Nullable String bio, String locale,
            String timeZone, UserAccount.Visibility visibility) {
        List<FieldViolation> errors = new java.util.ArrayList<>();
        if (!LOCALES.contains(locale)) {
            errors.add(new FieldViolation("locale", "unsupported", "must be one of " + LOCALES));
        }
        try {
            ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            errors.add(new FieldViolation("timeZone", "unknown-time-zone", "is not a known time zone"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        UserAccount account = accounts.findById(user.value()).orElseThrow();
        account.updateProfile(displayName, bio, locale.toLowerCase(Locale.ROOT), timeZone, visibility);
        return account;
    }

    @Transactional
    public void setAvatar(UserId user, String contentType, byte[] content) {
        if (content.length == 0) {
            throw ApiException.invalid("file", "empty", "is empty");
        }
        if (content.length > AVATAR_MAX_BYTES) {
            throw ApiException.invalid("file", "too-large", "must be at most 512 KB");
        }
        String sniffed = ImageTypes.sniff(content);
        if (sniffed == null || !AVATAR_TYPES.contains(sniffed)) {
            throw ApiException.invalid("file", "unsupported-type", "must be a PNG, JPEG, WebP or GIF image");
        }
        Instant now = clock.instant();
        avatars.findById(user.value()).ifPresentOrElse(a -> a.replace(sniffed, content, now),
                () -> avatars.save(new Avatar(user.value(), sniffed, content, now)));
        accounts.findById(user.value()).orElseThrow().avatarSet(true);
    }

    private String newLinkToken(UserAccount account, OneTimeCode.Purpose purpose) {
        Instant now = clock.instant();
        codes.consumeAll(account.id(), purpose, now);
        String token = Secrets.token();
        codes.save(new OneTimeCode(account.id(), purpose, Secrets.sha256(token), properties.codeMaxAttempts(), now,
                now.plus(properties.linkTtl())));
        return token;
    }

    private OneTimeCode consumeLink(String token, OneTimeCode.Purpose purpose) {
        OneTimeCode code = codes.findByCodeHashAndPurpose(Secrets.sha256(token), purpose)
                .filter(c -> c.usable(clock.instant()))
                .orElseThrow(AccountService::invalidLink);
        code.consume(clock.instant());
        return code;
    }

    private UserId enrolmentHolder(String token, boolean consume) {
        OneTimeCode code = codes.findByCodeHashAndPurpose(Secrets.sha256(token == null ? "" : token),
                OneTimeCode.Purpose.TOTP_ENROLMENT)
                .filter(c -> c.usable(clock.instant()))
                .orElseThrow(() -> ApiException.unauthorized("invalid-enrolment-token",
                        "This set-up link has expired. Sign in again."));
        if (consume) {
            code.consume(clock.instant());
        }
        return new UserId(code.userId());
    }

    private static ApiException invalidLink() {
        return ApiException.badRequest("invalid-link",
                "This link is not valid: it has expired or was already used. Ask for a new one.");
    }
}
