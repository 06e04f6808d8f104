package org.vidya.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * An {@link ApiTest} on PostgreSQL: put it on a subclass of an H2 test class to run the same
 * tests against the real server. All such classes share one application context and one
 * fresh database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiTest
@RequiresPostgres
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresApiTest {
}
