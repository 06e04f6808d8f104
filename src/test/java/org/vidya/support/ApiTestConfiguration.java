package org.vidya.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/** What every API test shares: a clock tests can move, a way to make data, and an API client. */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestDataConfiguration.class)
public class ApiTestConfiguration {

    @Bean
    Api testApi(MockMvc mvc, JsonMapper json, TestClock clock) {
        return new Api(mvc, json, clock);
    }
}
