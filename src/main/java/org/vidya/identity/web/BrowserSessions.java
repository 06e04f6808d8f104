package org.vidya.identity.web;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.vidya.platform.VidyaPrincipal;

/**
 * The HTTP session side of signing in: what a half-finished sign-in remembers between its
 * steps, and the session a finished sign-in becomes.
 */
@Component
class BrowserSessions {

    static final String PENDING = BrowserSessions.class.getName() + ".PENDING";
    static final String SETUP = BrowserSessions.class.getName() + ".SETUP";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
    private final Clock clock;

    BrowserSessions(Clock clock) {
        this.clock = clock;
        // As the security configuration saves requests: without a marker parameter.
        savedRequests.setMatchingRequestParameterName(null);
    }

    /** Remembers a sign-in that waits for its authenticator step, in a session with a fresh id. */
    void await(PendingSignIn pending, HttpServletRequest request) {
        HttpSession session = request.getSession();
        request.changeSessionId();
        session.setAttribute(PENDING, pending);
        session.removeAttribute(SETUP);
    }

    /** The sign-in waiting in this session, unless there is none or it has lapsed. */
    Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.expired(clock.instant())) {
            session.removeAttribute(PENDING);
            session.removeAttribute(SETUP);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    Optional<AuthenticatorSetup> setup(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SETUP) instanceof AuthenticatorSetup setup
                ? Optional.of(setup) : Optional.empty();
    }

    void rememberSetup(AuthenticatorSetup setup, HttpServletRequest request) {
        request.getSession().setAttribute(SETUP, setup);
    }

    void forgetSetup(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SETUP);
        }
    }

    /**
     * Turns the browser's session into a signed-in one. The session id and the CSRF token
     * change, so that neither can have been planted beforehand.
     *
     * @return where to go next: the page that asked for sign-in, or the dashboard
     */
    String signIn(VidyaPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        request.changeSessionId();
        session.removeAttribute(PENDING);
        session.removeAttribute(SETUP);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities());
        save(authentication, request, response);
        csrf.onAuthentication(authentication, request, response);
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }

    /** Puts a changed principal (another tenant, a new name) into the signed-in session. */
    void replace(VidyaPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        save(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()), request,
                response);
    }

    /** Ends the browser's session. */
    void end(HttpServletRequest request) {
        holder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void save(UsernamePasswordAuthenticationToken authentication, HttpServletRequest request,
            HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
