package org.vidya.support;

import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests when Chromium is missing, except under CI where they must run. */
class BrowserCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Browser.CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium found at " + Browser.CHROMIUM);
        }
        return Ci.skipUnlessRequired("browser tests", "SKIPPED: no Chromium at " + Browser.CHROMIUM
                + " (apt-get install chromium, or set VIDYA_TEST_CHROMIUM) to run the browser tests");
    }
}
