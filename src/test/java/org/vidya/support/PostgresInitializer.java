package org.vidya.support;

import java.util.Map;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a test context at a fresh PostgreSQL database. */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresDatabases.Database database = PostgresDatabases.createDatabase();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test-database",
                Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
                        "spring.datasource.password", database.password())));
        // Registered before every other bean, so destroyed after all of them: the context's own
        // shutdown work (the event registry reads its table, the pool closes) finds the database
        // still there, and the test JVM exits at once instead of waiting for connections.
        ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("postgresTestDatabase", database::drop);
    }
}
