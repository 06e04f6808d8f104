package org.vidya.organization.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.vidya.organization.domain.GroupService;
import org.vidya.organization.domain.GuardianService;
import org.vidya.organization.domain.TenantService;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/**
 * The first page after signing in: who you are, where you are, and for each of your roles
 * what is yours there (classes, children, teams, the organization in numbers).
 */
@Controller
class DashboardPageController {

    private final TenantService tenants;
    private final GroupService groups;
    private final GuardianService guardians;
    private final List<DashboardPanel> panels;

    DashboardPageController(TenantService tenants, GroupService groups, GuardianService guardians,
            List<DashboardPanel> panels) {
        this.tenants = tenants;
        this.groups = groups;
        this.guardians = guardians;
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
    }

    @GetMapping("/")
    String dashboard(Locale locale, Model model) {
        VidyaPrincipal me = CurrentUser.get();
        model.addAttribute("me", me);
        model.addAttribute("roleCodes", me.roleCodes());
        model.addAttribute("platformAdmin", me.isPlatformAdmin());
        if (me.tenantId() == null) {
            return "organization/dashboard";
        }
        model.addAttribute("tenant", tenants.current().tenant());
        model.addAttribute("panels", panels.stream().flatMap(p -> p.contentFor(me, locale).stream()).toList());
        boolean teacher = me.hasRole(Role.TEACHER);
        if (teacher || me.hasRole(Role.LEARNER)) {
            model.addAttribute("classes", groups.myClasses(me.userId()));
            model.addAttribute("teacher", teacher);
        }
        if (me.hasRole(Role.PARENT)) {
            model.addAttribute("children", guardians.childrenOf(me.userId()));
            model.addAttribute("pendingLinks", pendingRequestsOf(me));
        }
        if (me.hasRole(Role.TEAM_MANAGER)) {
            model.addAttribute("teams", groups.managedTeams(me.userId()));
        }
        if (me.has(Permission.MEMBERS_MANAGE)) {
            model.addAttribute("overview", tenants.overview());
        }
        return "organization/dashboard";
    }

    private List<GuardianService.LinkView> pendingRequestsOf(VidyaPrincipal parent) {
        return guardians.visibleLinks().stream()
                .filter(l -> l.parentId().equals(parent.userId().value()) && "PENDING".equals(l.status()))
                .toList();
    }
}
