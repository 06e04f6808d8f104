package org.vidya.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the Redis server on 127.0.0.1:6379 ({@code VIDYA_TEST_REDIS_URL}).
 * Skipped with a visible reason when none answers, except under CI, where it must run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("redis")
@ExtendWith(RedisCondition.class)
public @interface RequiresRedis {

    String URL = "redis://127.0.0.1:6379";
}
