package org.vidya.identity.auth;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;
import org.vidya.platform.ApiException;

/**
 * Slows down guessing. Failed password, code and TOTP tries are counted per account and per
 * client address; when either budget is spent, further tries are refused with 429 and a
 * Retry-After until the lockout window has passed. Requests for sign-in codes have their own
 * budget so that nobody can flood a person's inbox.
 */
@Component
public class SignInThrottle {

    private final IdentityProperties properties;
    private final Cache<String, Bucket> buckets;

    SignInThrottle(IdentityProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(properties.lockout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)
                .maximumSize(200_000)
                .build();
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
        buckets.invalidate("account:" + account);
    }

    /** Counts a request for an e-mailed code, refusing with 429 past the budget. */
    public void codeRequested(String account, String address) {
        Bucket perAccount = buckets.get("code:" + account, key -> bucket(properties.codeRequests()));
        Bucket perAddress = buckets.get("code-address:" + address, key -> bucket(properties.addressFailures()));
        check(perAccount);
        check(perAddress);
        perAccount.tryConsume(1);
        perAddress.tryConsume(1);
    }

    private Bucket accountBucket(String account) {
        return buckets.get("account:" + account, key -> bucket(properties.accountFailures()));
    }

    private Bucket addressBucket(String address) {
        return buckets.get("address:" + address, key -> bucket(properties.addressFailures()));
    }

    private Bucket bucket(int tries) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(tries).refillIntervally(tries, properties.lockout()).build())
                .build();
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
