package org.vidya.platform;

import java.util.List;

/** The tenants a signed-in person may switch between, for the page header. */
public interface SessionTenants {

    record Choice(TenantId id, String slug, String name, boolean current) {
    }

    List<Choice> choicesFor(VidyaPrincipal principal);
}
