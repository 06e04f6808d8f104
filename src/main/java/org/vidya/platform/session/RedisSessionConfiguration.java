package org.vidya.platform.session;

import java.net.URI;
import java.time.Duration;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;

/**
 * Browser sessions in Redis when {@code vidya.redis.url} (VIDYA_REDIS_URL) is set, so that
 * every node serves every signed-in person; otherwise they stay in the node's memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${vidya.redis.url:}'.isBlank()")
@EnableRedisHttpSession(redisNamespace = "vidya:session")
class RedisSessionConfiguration {

    @Bean
    RedisConnectionFactory redisConnectionFactory(@Value("${vidya.redis.url}") String url) {
        // redis://[user:password@]host[:port][/database]
        URI uri = URI.create(url);
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(),
                uri.getPort() < 0 ? 6379 : uri.getPort());
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        if (!path.isEmpty()) {
            server.setDatabase(Integer.parseInt(path));
        }
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon > 0) {
                server.setUsername(userInfo.substring(0, colon));
            }
            server.setPassword(userInfo.substring(colon + 1));
        }
        LoggerFactory.getLogger(RedisSessionConfiguration.class).info("Browser sessions are kept in Redis");
        return new LettuceConnectionFactory(server);
    }

    /** Sessions in Redis last as long as sessions in memory would. */
    @Bean
    SessionRepositoryCustomizer<RedisSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:8h}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }
}
