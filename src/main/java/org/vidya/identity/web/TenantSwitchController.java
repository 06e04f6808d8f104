package org.vidya.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.identity.auth.SignInService;
import org.vidya.platform.CurrentUser;

/** The page header's organization switcher: the same session continues in another tenant. */
@Controller
class TenantSwitchController {

    private final SignInService signIn;
    private final BrowserSessions sessions;

    TenantSwitchController(SignInService signIn, BrowserSessions sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @PostMapping("/switch-tenant")
    String switchTenant(@RequestParam @NotBlank @Size(max = 64) String tenant, HttpServletRequest request,
            HttpServletResponse response) {
        sessions.replace(signIn.switchTenant(CurrentUser.get(), tenant), request, response);
        return "redirect:/";
    }
}
