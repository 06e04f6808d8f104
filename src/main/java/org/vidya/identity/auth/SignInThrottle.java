package org.vidya.identity.auth;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.vidya.platform.ApiException;

/**
 * Slows down guessing. Failed password, code and TOTP tries are counted per account and per
 * client address; when either budget is spent, further tries are refused with 429 and a
 * Retry-After until the lockout window has passed. Requests for sign-in codes have their own
 * budget so that nobody can flood a person's inbox.
 */
public class SignInThrottle {

    private final IdentityProperties properties;
    private final ThrottleStore buckets;

    SignInThrottle(IdentityProperties properties, ThrottleStore store) {
        this.properties = properties;
        this.buckets = store;
    }

    /** A throttle counting in this node's memory. */
    SignInThrottle(IdentityProperties properties) {
        this(properties, ThrottleStore.inMemory(properties.lockout()));
    }

    /** Refuses with 429 when the account or the address has no tries left. */
    public void checkAllowed(String account, String address) {
        check(accountBucket(account));
        check(addressBucket(address));
    }

    /** Counts a failed try; true when this failure has just locked the account. */
    public boolean failed(String account, String address) {
        addressBucket(address).tryConsume(1);
        Bucket bucket = accountBucket(account);
        bucket.tryConsume(1);
        return bucket.getAvailableTokens() == 0;
    }

    public void succeeded(String account) {
        buckets.forget("account:" + account);
    }

    /** Counts a request for an e-mailed code, refusing with 429 past the budget. */
    public void codeRequested(String account, String address) {
        Bucket perAccount = buckets.bucket("code:" + account, limit(properties.codeRequests()));
        Bucket perAddress = buckets.bucket("code-address:" + address, limit(properties.addressFailures()));
        check(perAccount);
        check(perAddress);
        perAccount.tryConsume(1);
        perAddress.tryConsume(1);
    }

    private Bucket accountBucket(String account) {
        return buckets.bucket("account:" + account, limit(properties.accountFailures()));
    }

    private Bucket addressBucket(String address) {
        return buckets.bucket("address:" + address, limit(properties.addressFailures()));
    }

    private Bandwidth limit(int tries) {
        return Bandwidth.builder().capacity(tries).refillIntervally(tries, properties.lockout()).build();
    }

    private static void check(Bucket bucket) {
        var probe = bucket.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw ApiException.tooManyRequests("too-many-attempts",
                    "Too many attempts. Try again in " + Math.max(1, wait.toMinutes() + 1) + " minutes.", wait);
        }
    }
}
