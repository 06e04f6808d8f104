package org.vidya.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class in headless Chromium ({@code /usr/bin/chromium}, or
 * {@code VIDYA_TEST_CHROMIUM}). Skipped with a visible reason when no browser is installed,
 * except under CI ({@code CI=true}), where a missing browser fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserCondition.class)
public @interface RequiresBrowser {
}
