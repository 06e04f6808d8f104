package org.vidya.platform;

/**
 * Turns a bearer token into a principal, or says why it cannot. Implemented by the module
 * that issues tokens; the security setup only asks.
 */
public interface AccessTokenVerifier {

    /** @throws ApiException with status 401 when the token is malformed, forged, expired or revoked */
    VidyaPrincipal verify(String bearerToken);

    /** Whether a session principal is still valid (not signed out everywhere, account active). */
    boolean isCurrent(VidyaPrincipal principal);

    /** The person signed out of this browser session: end it for good. */
    void signedOut(VidyaPrincipal principal);
}
