package org.vidya.identity.auth;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.lettuce.core.RedisClient;

/**
 * Sign-in throttling counts in memory on one node; with {@code vidya.redis.url} set
 * (VIDYA_REDIS_URL), every node counts in the same Redis.
 */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression("!'${vidya.redis.url:}'.isBlank()")
    RedisClient throttleRedisClient(@Value("${vidya.redis.url}") String url) {
        LoggerFactory.getLogger(ThrottleConfiguration.class).info("Sign-in throttling counts in Redis");
        return RedisClient.create(url);
    }

    @Bean
    SignInThrottle signInThrottle(IdentityProperties properties, ObjectProvider<RedisClient> redis) {
        RedisClient client = redis.getIfAvailable();
        return client == null ? new SignInThrottle(properties)
                : new SignInThrottle(properties, ThrottleStore.redis(client));
    }
}
