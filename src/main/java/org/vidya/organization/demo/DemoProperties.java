package org.vidya.organization.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled    create demo tenants and people on first start with an empty database
 * @param password   password of every demo account; generated and printed once when empty
 * @param totpSecret base32 TOTP secret given to demo staff; when empty they enrol at first sign-in
 */
@ConfigurationProperties("vidya.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("") String password,
        @DefaultValue("") String totpSecret) {
}
