package org.vidya.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.identity.auth.AccountService;
import org.vidya.identity.auth.Totp;
import org.vidya.identity.domain.UserAccount;
import org.vidya.identity.domain.UserAccounts;
import org.vidya.platform.ApiException;
import org.vidya.platform.UserId;

/** Accounts as other modules see them: look-ups, invited accounts, and accounts made by an admin. */
@Service
public class IdentityManagement {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    IdentityManagement(UserAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalize(email)).map(IdentityManagement::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UserId id) {
        return accounts.findById(id.value()).map(IdentityManagement::summary);
    }

    @Transactional(readOnly = true)
    public Map<UserId, AccountSummary> accounts(Collection<UserId> ids) {
        return accounts.findByIdIn(ids.stream().map(UserId::value).toList()).stream()
                .map(IdentityManagement::summary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    /**
     * The account for an invited or imported person: the existing one when the e-mail address is
     * known, otherwise a new account that becomes active when the person sets a password.
     */
    @Transactional
    public AccountSummary findOrInvite(String email, String displayName) {
        return accounts.findByEmail(UserAccount.normalize(email))
                .or(() -> Optional.of(accounts.save(new UserAccount(email, displayName, UserAccount.Status.INVITED,
                        clock.instant()))))
                .map(IdentityManagement::summary)
                .orElseThrow();
    }

    /** Completes an invited account: sets its password and takes the accepted invitation as proof of the mailbox. */
    @Transactional
    public void activateInvited(UserId id, String password, @Nullable String displayName) {
        UserAccount account = accounts.findById(id.value()).orElseThrow();
        if (account.status() != UserAccount.Status.INVITED) {
            throw ApiException.conflict("account-active", "This account is already active. Sign in to accept.");
        }
        AccountService.checkPassword(password, account.email(), "password");
        account.setPassword(passwords.encode(password));
        if (displayName != null && !displayName.isBlank()) {
            account.updateProfile(displayName, account.bio(), account.locale(), account.timeZone(),
                    account.visibility());
        }
        account.activate();
        account.verifyEmail(clock.instant());
    }

    /** A ready-to-use account (demo data, platform set-up); {@code passwordHash} from {@link #hashPassword}. */
    @Transactional
    public AccountSummary createActive(String email, String displayName, String passwordHash,
            @Nullable String totpSecret, boolean platformAdmin) {
        if (accounts.existsByEmail(UserAccount.normalize(email))) {
            throw ApiException.conflict("account-exists", "An account with this e-mail address already exists.");
        }
        UserAccount account = new UserAccount(email, displayName, UserAccount.Status.ACTIVE, clock.instant());
        account.setPassword(passwordHash);
        account.verifyEmail(clock.instant());
        if (totpSecret != null && Totp.isValidSecret(totpSecret)) {
            account.enableTotp(totpSecret.replace(" ", "").toUpperCase());
        }
        if (platformAdmin) {
            account.makePlatformAdmin();
        }
        return summary(accounts.save(account));
    }

    public String hashPassword(String raw) {
        return passwords.encode(raw);
    }

    private static AccountSummary summary(UserAccount a) {
        return new AccountSummary(a.userId(), a.email(), a.displayName(), a.status().name(), a.emailVerified(),
                a.totpEnabled());
    }
}
