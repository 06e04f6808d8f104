package org.vidya.platform.web;

import java.io.Serializable;

/**
 * A confirmation shown after an action: a message key of the module's bundle and the one value
 * it names (a person, a course), flashed across a redirect or sent with an htmx fragment.
 */
public record Notice(String key, String arg) implements Serializable {

    /** The flash attribute a page's confirmation travels under. */
    public static final String FLASH = "notice";

    /** The flash attribute a failed action travels under (a notice, or the service's sentence). */
    public static final String FAILURE = "failure";

    public static Notice of(String key) {
        return new Notice(key, "");
    }

    public static Notice of(String key, String arg) {
        return new Notice(key, arg);
    }
}
