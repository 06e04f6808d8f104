package org.vidya.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips PostgreSQL tests when no server answers, except under CI where they must run. */
class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresDatabases.available()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers on " + PostgresDatabases.HOST);
        }
        return Ci.skipUnlessRequired("PostgreSQL tests", "SKIPPED: no PostgreSQL server on " + PostgresDatabases.HOST
                + " (start one, or run .ci/run, to run the PostgreSQL tests)");
    }
}
