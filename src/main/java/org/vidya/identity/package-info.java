/**
 * Accounts, passwords, e-mail one-time codes, TOTP second factor, access and refresh tokens,
 * profiles and their privacy settings.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "privacy"})
package org.vidya.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
