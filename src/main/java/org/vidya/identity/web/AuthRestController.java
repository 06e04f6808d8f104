package org.vidya.identity.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.identity.auth.AccessTokens;
import org.vidya.identity.auth.AccountService;
import org.vidya.identity.auth.SignInService;
import org.vidya.identity.domain.TokenFamily;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.PlainText;
import org.vidya.platform.VidyaPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Sign-up, sign-in and tokens for API clients. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthRestController {

    private final SignInService signIn;
    private final AccountService accounts;
    private final AccessTokens tokens;
    private final java.time.Clock clock;

    AuthRestController(SignInService signIn, AccountService accounts, AccessTokens tokens, java.time.Clock clock) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    record RegisterRequest(@NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 128) String password,
            @NotBlank @Size(max = 120) @PlainText String displayName,
            @Nullable @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String tenant) {
    }

    record RegisterResponse(String userId, boolean emailVerificationRequired) {
    }

    record LoginRequest(@NotBlank @Email @Size(max = 320) String email,
            @Nullable @Size(max = 128) String password,
            @Nullable @Pattern(regexp = "\\d{6}", message = "must be six digits") String otp,
            @Nullable @Pattern(regexp = "\\d{6}", message = "must be six digits") String totp,
            @Nullable @Size(max = 64) String tenant) {
    }

    record EmailRequest(@NotBlank @Email @Size(max = 320) String email) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record ResetPasswordRequest(@NotBlank @Size(max = 200) String token, @NotBlank @Size(max = 128) String password) {
    }

    record SwitchTenantRequest(@NotBlank @Size(max = 64) String tenant) {
    }

    record EnrolmentRequest(@NotBlank @Size(max = 200) String enrolmentToken) {
    }

    record EnrolmentConfirmRequest(@NotBlank @Size(max = 200) String enrolmentToken,
            @NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits") String code,
            @Nullable @Size(max = 64) String tenant) {
    }

    record CodeRequest(@NotBlank @Pattern(regexp = "\\d{6}", message = "must be six digits") String code) {
    }

    record TokenResponse(String tokenType, String accessToken, long expiresIn, Instant accessTokenExpiresAt,
            String refreshToken, Instant refreshTokenExpiresAt, Session session) {
    }

    record Session(String userId, String email, String displayName, @Nullable String tenantId, List<String> roles) {
        static Session of(VidyaPrincipal p) {
            return new Session(p.userId().toString(), p.email(), p.displayName(),
                    p.tenantId() == null ? null : p.tenantId().toString(), p.roleCodes());
        }
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account in a tenant that allows self-registration (the public tenant by default)")
    RegisterResponse register(@Valid @RequestBody RegisterRequest request) {
        var id = accounts.register(request.email(), request.password(), request.displayName(), request.tenant());
        return new RegisterResponse(id.toString(), true);
    }

    @PostMapping("/login")
    @Operation(summary = "Sign in with a password or an e-mailed code, plus a TOTP code when required")
    TokenResponse login(@Valid @RequestBody LoginRequest request) {
        VidyaPrincipal principal = signIn.signIn(new SignInService.Credentials(request.email(), request.password(),
                request.otp(), request.totp(), request.tenant()), TokenFamily.Channel.API);
        return tokens(principal);
    }

    @PostMapping("/otp")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "E-mail a six-digit sign-in code (always accepted, whether or not the account exists)")
    void otp(@Valid @RequestBody EmailRequest request) {
        signIn.sendSignInCode(request.email());
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new pair; a reused refresh token ends its whole session")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        SignInService.Refreshed refreshed = signIn.refresh(request.refreshToken());
        return response(refreshed.tokens(), refreshed.principal());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End the session of this refresh token")
    void logout(@Valid @RequestBody RefreshRequest request) {
        signIn.signOut(request.refreshToken());
    }

    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every session and token of the signed-in person")
    void logoutAll() {
        signIn.signOutEverywhere(CurrentUser.id());
    }

    @PostMapping("/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void forgotPassword(@Valid @RequestBody EmailRequest request) {
        accounts.forgotPassword(request.email());
    }

    @PostMapping("/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@Valid @RequestBody ResetPasswordRequest request) {
        accounts.resetPassword(request.token(), request.password());
    }

    @GetMapping("/verify-email/{token}")
    ResponseEntity<java.util.Map<String, Boolean>> verifyEmail(@PathVariable @Size(max = 200) String token) {
        accounts.verifyEmail(token);
        return ResponseEntity.ok(java.util.Map.of("verified", true));
    }

    @PostMapping("/switch-tenant")
    @Operation(summary = "Act in another of your tenants: returns a token pair for it")
    TokenResponse switchTenant(@Valid @RequestBody SwitchTenantRequest request) {
        return tokens(signIn.switchTenant(CurrentUser.get(), request.tenant()));
    }

    @PostMapping("/totp/enrolment")
    @Operation(summary = "Start TOTP set-up with the enrolment token a staff sign-in returned")
    AccountService.TotpSetup enrolment(@Valid @RequestBody EnrolmentRequest request) {
        return accounts.startTotpEnrolment(request.enrolmentToken());
    }

    @PostMapping("/totp/enrolment/confirm")
    @Operation(summary = "Confirm TOTP set-up with the app's first code and finish signing in")
    TokenResponse confirmEnrolment(@Valid @RequestBody EnrolmentConfirmRequest request) {
        return tokens(accounts.confirmTotpAndSignIn(request.enrolmentToken(), request.code(), request.tenant(),
                TokenFamily.Channel.API));
    }

    @PostMapping("/totp")
    @Operation(summary = "Start setting up an authenticator app for the signed-in person")
    AccountService.TotpSetup startTotp() {
        return accounts.startTotpEnrolment(CurrentUser.id());
    }

    @PostMapping("/totp/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirmTotp(@Valid @RequestBody CodeRequest request) {
        accounts.confirmTotp(CurrentUser.id(), request.code());
    }

    @DeleteMapping("/totp")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn TOTP off (learners and parents only)")
    void disableTotp(@Valid @RequestBody CodeRequest request) {
        accounts.disableTotp(CurrentUser.get(), request.code());
    }

    private TokenResponse tokens(VidyaPrincipal principal) {
        return response(tokens.issue(principal), principal);
    }

    private TokenResponse response(AccessTokens.IssuedTokens issued, VidyaPrincipal principal) {
        return new TokenResponse("Bearer", issued.accessToken(),
                java.time.Duration.between(clock.instant(), issued.accessExpiresAt()).toSeconds(),
                issued.accessExpiresAt(), issued.refreshToken(), issued.refreshExpiresAt(), Session.of(principal));
    }
}
