package org.vidya.catalog.web;

import java.io.Serializable;

/**
 * A confirmation shown after an action: a message key of the catalog bundle and the one value it
 * names (a course, a lesson), flashed across a redirect.
 */
record Notice(String key, String arg) implements Serializable {

    static final String FLASH = "notice";

    static Notice of(String key) {
        return new Notice(key, "");
    }

    static Notice of(String key, String arg) {
        return new Notice(key, arg);
    }
}
