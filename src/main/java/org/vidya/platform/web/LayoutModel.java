package org.vidya.platform.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.SessionTenants;
import org.vidya.platform.VidyaPrincipal;

/**
 * What every page's layout needs: the signed-in person, what they may do (for the navigation)
 * and the tenants they may switch to.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final ObjectProvider<SessionTenants> tenants;

    LayoutModel(ObjectProvider<SessionTenants> tenants) {
        this.tenants = tenants;
    }

    /** The navigation as the layout renders it; {@code can} answers permission questions. */
    public record Nav(VidyaPrincipal me, List<SessionTenants.Choice> tenants) {

        public boolean can(String permission) {
            return me.has(Permission.valueOf(permission));
        }

        public String currentTenantName() {
            return tenants.stream().filter(SessionTenants.Choice::current).map(SessionTenants.Choice::name)
                    .findFirst().orElse("Vidya");
        }
    }

    @ModelAttribute("nav")
    Nav nav(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return null;
        }
        return CurrentUser.find()
                .map(me -> new Nav(me, tenants.getIfAvailable() == null ? List.of()
                        : tenants.getIfAvailable().choicesFor(me)))
                .orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
