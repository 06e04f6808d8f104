package org.vidya.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailureTests {

    @Test
    void aLockTimeoutIsA503ProblemToRetryNotAnInternalError() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/courses/x/lessons/y/progress");
        Object answer = new ProblemExceptionHandler().transientFailure(
                new CannotAcquireLockException("lock wait timeout"), request);

        assertThat(answer).isInstanceOf(ResponseEntity.class);
        ResponseEntity<?> response = (ResponseEntity<?>) answer;
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "try-again");
        assertThat(problem.getDetail()).doesNotContain("lock wait timeout");
    }
}
