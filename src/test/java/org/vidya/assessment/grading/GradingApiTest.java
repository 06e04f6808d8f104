package org.vidya.assessment.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.vidya.support.ApiTestConfiguration;

/**
 * An API test of grading: the shared API test set-up plus {@link GradingTestConfiguration}, so
 * grading runs against attempts kept in memory. Every class with it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ApiTestConfiguration.class, GradingTestConfiguration.class})
public @interface GradingApiTest {
}
