package org.vidya.identity.auth;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vidya.identity.spi.MembershipDirectory;
import org.vidya.platform.SessionTenants;
import org.vidya.platform.VidyaPrincipal;

/** The page header's tenant switcher: the person's active memberships. */
@Component
class MembershipTenants implements SessionTenants {

    private final MembershipDirectory directory;

    MembershipTenants(MembershipDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<Choice> choicesFor(VidyaPrincipal principal) {
        return directory.membershipsOf(principal.userId()).stream()
                .map(m -> new Choice(m.tenant(), m.tenantSlug(), m.tenantName(), m.tenant().equals(principal.tenantId())))
                .toList();
    }
}
