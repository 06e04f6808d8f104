package org.vidya.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the organization and audit pages: data made with {@link TestData}, requests signed
 * in with {@link Pages#as}. No API client, so these classes share one context of their own beside
 * {@link ApiTest}'s, as they always have. Keep it so: the platform admin's tenant list shows the
 * oldest tenants first, and the tenant page tests look for theirs on its first page, where the
 * many tenants of the API tests would leave no room.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDataConfiguration.class)
public @interface PageTest {
}
