package org.vidya.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips Redis tests when no server answers, except under CI where they must run. */
class RedisCondition implements ExecutionCondition {

    static String url() {
        return System.getenv().getOrDefault("VIDYA_TEST_REDIS_URL", RequiresRedis.URL);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        URI uri = URI.create(url());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return ConditionEvaluationResult.enabled("Redis answers at " + uri);
        } catch (IOException e) {
            if (Ci.required()) {
                return ConditionEvaluationResult.enabled("CI=true: Redis tests are required and will fail");
            }
            String reason = "SKIPPED: no Redis at " + uri + " (start redis-server to run the Redis tests)";
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
