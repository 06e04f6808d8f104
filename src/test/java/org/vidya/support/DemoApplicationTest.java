package org.vidya.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application on a random port with its demo data, as a newcomer gets it. Browser
 * tests and demo-data tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vidya.demo.enabled=true", "vidya.demo.password=" + DemoApplicationTest.PASSWORD,
        "vidya.demo.totp-secret=" + DemoApplicationTest.TOTP_SECRET})
@ActiveProfiles("test")
public @interface DemoApplicationTest {

    String PASSWORD = "demo password for browsers";
    String TOTP_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
}
