package org.vidya.learning.web;

/**
 * A confirmation or a failure shown after a learning action: a message key of the learning
 * bundle and the one value it names, flashed across a redirect.
 */
record Notice(String key, String arg) implements java.io.Serializable {

    static final String FLASH = "learningNotice";
    static final String FAILURE = "learningFailure";

    static Notice of(String key) {
        return new Notice(key, "");
    }

    static Notice of(String key, String arg) {
        return new Notice(key, arg);
    }
}
