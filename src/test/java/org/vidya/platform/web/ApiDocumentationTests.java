package org.vidya.platform.web;

import org.vidya.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document, its browsable UI, request ids and the operational endpoints. */
@ApiTest
class ApiDocumentationTests {

    @Autowired MockMvc mvc;

    @Test
    void publishesTheOpenApiDocumentOfTheRestApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/login'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/members'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit-events'].get").exists());
    }

    @Test
    void servesTheBrowsableApiUi() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger")));
    }

    @Test
    void echoesASaneRequestIdAndMakesOneOtherwise() throws Exception {
        mvc.perform(get("/actuator/health").header("X-Request-Id", "client-chosen-id-42"))
                .andExpect(header().string("X-Request-Id", "client-chosen-id-42"));
        mvc.perform(get("/actuator/health").header("X-Request-Id", "<script>"))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void problemsCarryTheRequestId() throws Exception {
        mvc.perform(get("/api/v1/users/me").header("X-Request-Id", "trace-me-123456"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("authentication-required"))
                .andExpect(jsonPath("$.requestId").value("trace-me-123456"));
    }

    @Test
    void exposesHealthProbesAndPrometheusMetrics() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }
}
