package org.vidya.support;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.domain.ClassMembers;
import org.vidya.organization.domain.GuardianLinks;
import org.vidya.organization.domain.Invitations;
import org.vidya.organization.domain.Memberships;
import org.vidya.organization.domain.SchoolClasses;
import org.vidya.organization.domain.TeamMembers;
import org.vidya.organization.domain.Teams;
import org.vidya.organization.domain.Tenants;

/** Makes {@link TenantWorld}s and a platform admin from the application's beans. */
@Component
public class Worlds {

    private final IdentityManagement identity;
    private final Tenants tenants;
    private final Memberships memberships;
    private final SchoolClasses classes;
    private final ClassMembers classMembers;
    private final Teams teams;
    private final TeamMembers teamMembers;
    private final GuardianLinks links;
    private final Invitations invitations;
    private final TransactionTemplate tx;
    private final Clock clock;

    Worlds(IdentityManagement identity, Tenants tenants, Memberships memberships, SchoolClasses classes,
            ClassMembers classMembers, Teams teams, TeamMembers teamMembers, GuardianLinks links,
            Invitations invitations, TransactionTemplate tx, Clock clock) {
        this.identity = identity;
        this.tenants = tenants;
        this.memberships = memberships;
        this.classes = classes;
        this.classMembers = classMembers;
        this.teams = teams;
        this.teamMembers = teamMembers;
        this.links = links;
        this.invitations = invitations;
        this.tx = tx;
        this.clock = clock;
    }

    public TenantWorld create(String prefix) {
        return TenantWorld.create(prefix, identity, tenants, memberships, classes, classMembers, teams, teamMembers,
                links, invitations, tx, clock);
    }

    public AccountSummary platformAdmin(String prefix) {
        return identity.createActive(prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8)
                + "@platform.test", "Platform admin", identity.hashPassword(TenantWorld.PASSWORD),
                TenantWorld.TOTP_SECRET, true);
    }
}
