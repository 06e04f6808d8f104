package org.vidya.identity.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;

/**
 * Where sign-in throttling counts: in this node's memory (one node), or in Redis so that every
 * node of a cluster counts against the same budget.
 */
public interface ThrottleStore {

    Bucket bucket(String key, Bandwidth limit);

    void forget(String key);

    /** Counters in this node's memory, forgotten when idle for twice the given time. */
    static ThrottleStore inMemory(Duration idle) {
        Cache<String, Bucket> buckets = Caffeine.newBuilder()
                .expireAfterAccess(idle.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS)
                .maximumSize(200_000)
                .build();
        return new ThrottleStore() {
            @Override
            public Bucket bucket(String key, Bandwidth limit) {
                return buckets.get(key, k -> Bucket.builder().addLimit(limit).build());
            }

            @Override
            public void forget(String key) {
                buckets.invalidate(key);
            }
        };
    }

    /** Counters shared through Redis; each expires once its bucket would be full again. */
    static ThrottleStore redis(RedisClient client) {
        ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(client)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build()
                .withMapper((String key) -> ("vidya:throttle:" + key).getBytes(StandardCharsets.UTF_8));
        return new ThrottleStore() {
            @Override
            public Bucket bucket(String key, Bandwidth limit) {
                return buckets.getProxy(key, () -> BucketConfiguration.builder().addLimit(limit).build());
            }

            @Override
            public void forget(String key) {
                buckets.removeProxy(key);
            }
        };
    }
}
