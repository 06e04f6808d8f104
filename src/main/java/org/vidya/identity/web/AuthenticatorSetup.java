package org.vidya.identity.web;

import java.io.Serializable;

import org.vidya.identity.auth.AccountService;

/**
 * An authenticator app being set up, kept in the HTTP session so that a wrong first code or a
 * reload shows the same QR code again instead of a new secret the app does not know.
 */
record AuthenticatorSetup(String secret, String otpauthUri, String qrCode) implements Serializable {

    static AuthenticatorSetup of(AccountService.TotpSetup setup) {
        return new AuthenticatorSetup(setup.secret(), setup.otpauthUri(), setup.qrCode());
    }

    /** The secret in groups of four, easier to type into an app by hand (public for the template). */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
