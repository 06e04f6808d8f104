package org.vidya.coursework.web;

/**
 * A confirmation shown after a coursework action: a message key of the coursework bundle and the
 * one value it names, flashed across a redirect.
 */
record Notice(String key, String arg) implements java.io.Serializable {

    static final String FLASH = "courseworkNotice";

    static Notice of(String key) {
        return new Notice(key, "");
    }

    static Notice of(String key, String arg) {
        return new Notice(key, arg);
    }
}
