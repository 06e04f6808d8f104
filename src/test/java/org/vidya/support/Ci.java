package org.vidya.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Whether the build runs in CI, where tests needing outside servers or a browser are mandatory. */
public final class Ci {

    private Ci() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips {@code tests} that this machine cannot run, saying why, except under CI where they must run. */
    static ConditionEvaluationResult skipUnlessRequired(String tests, String reason) {
        if (required()) {
            return ConditionEvaluationResult.enabled("CI=true: " + tests + " are required and will fail");
        }
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}
