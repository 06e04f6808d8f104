package org.vidya.organization.web;

/**
 * A confirmation shown after an action: a message key of the organization bundle and the one
 * value it names (a person, a class), flashed across a redirect or sent with an htmx fragment.
 */
record Notice(String key, String arg) implements java.io.Serializable {

    static final String FLASH = "notice";
    static final String FAILURE = "failure";

    static Notice of(String key) {
        return new Notice(key, "");
    }

    static Notice of(String key, String arg) {
        return new Notice(key, arg);
    }
}
