package org.vidya.identity.auth;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** A session's "last used" time follows its use, to within a few minutes, without a write per request. */
@ApiTest
class SessionActivityTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void lastUsedMovesWhenTheSessionIsUsedAfterAWhile() {
        TestData.Person learner = data.member(data.tenant(), Role.LEARNER);
        String token = api.signIn(learner).accessToken();
        Instant signedIn = lastUsed(learner);

        clock.advance(Duration.ofMinutes(1));
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
        assertThat(lastUsed(learner)).as("not rewritten within the precision").isEqualTo(signedIn);

        clock.advance(Duration.ofMinutes(9));
        assertThat(api.get("/api/v1/users/me", token).status()).isEqualTo(200);
        assertThat(lastUsed(learner)).isAfter(signedIn.plus(Duration.ofMinutes(9)));
    }

    private Instant lastUsed(TestData.Person person) {
        return jdbc.queryForObject("select last_used_at from identity_token_family where user_id = ?",
                java.sql.Timestamp.class, person.id().value()).toInstant();
    }
}
