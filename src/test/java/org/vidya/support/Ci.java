package org.vidya.support;

/** Whether the build runs in CI, where tests needing outside servers or a browser are mandatory. */
public final class Ci {

    private Ci() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
