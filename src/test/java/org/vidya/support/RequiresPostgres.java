package org.vidya.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the PostgreSQL server on 127.0.0.1:5432. On a developer machine
 * without one the class is skipped with a visible reason; under CI ({@code CI=true}) it runs
 * regardless, so that a missing server fails the build instead of hiding.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface RequiresPostgres {
}
