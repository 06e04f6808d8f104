package org.vidya.platform.web;

import java.util.Locale;
import java.util.Optional;

import org.vidya.platform.VidyaPrincipal;

/**
 * A panel a module adds to the signed-in person's dashboard, so that the page that greets
 * people can show what to do next without depending on the modules that know it. One bean per
 * panel; the dashboard shows them by {@link #order()}.
 */
public interface DashboardPanel {

    /** Where the panel stands on the dashboard; lower comes first. */
    int order();

    /**
     * What the panel shows this person in the current tenant, or empty when it has nothing for
     * them. Runs in the person's request, with their permissions.
     */
    Optional<Content> contentFor(VidyaPrincipal person, Locale locale);

    /**
     * @param template a template holding a fragment {@code panel(data)}, such as {@code "learning/dashboard"}
     * @param data     what the fragment shows
     */
    record Content(String template, Object data) {
    }
}
