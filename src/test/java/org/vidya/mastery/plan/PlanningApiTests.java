package org.vidya.mastery.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.catalog.CourseOutline;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import static org.assertj.core.api.Assertions.assertThat;

/** The planning routes' refusals: limits, goals, other tenants' courses and roles without MASTERY_LEARN. */
@ApiTest
class PlanningApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;

    World world;
    String learner;

    @BeforeEach
    void aLearner() {
        world = data.world("plan");
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
    }

    @Test
    void limitsOutsideOneToFiftyAreFieldErrors() {
        for (String limit : new String[] {"0", "51", "-3", "ten", "1.5"}) {
            api.get("/api/v1/mastery/recommendations?limit=" + limit, learner).isInvalid("limit");
            api.get("/api/v1/mastery/weak-spots?limit=" + limit, learner).isInvalid("limit");
        }
    }

    @Test
    void aMissingOrMalformedGoalIsAFieldError() {
        for (String query : new String[] {"", "?goal=", "?goal=exam:jee", "?goal=course:not-a-uuid",
                "?goal=track:42", "?goal=subject:" + "x".repeat(Goal.MAX_LENGTH)}) {
            api.get("/api/v1/mastery/path" + query, learner).isInvalid("goal");
        }
    }

    @Test
    void aCourseOrTrackOfAnotherTenantIsNotFound() {
        World other = data.world("plan-other");
        CourseOutline theirs = courses.publish(other.tenant().id(), "Their course", 1, 1);

        api.get("/api/v1/mastery/path?goal=course:" + theirs.id(), learner).isProblem(404, "goal-not-found");
        api.get("/api/v1/mastery/path?goal=track:" + java.util.UUID.randomUUID(), learner)
                .isProblem(404, "goal-not-found");
    }

    @Test
    void onlyLearnersHaveAPlan() {
        for (Role role : new Role[] {Role.TEACHER, Role.PARENT, Role.ORG_ADMIN}) {
            String token = api.signIn(world.person(role)).accessToken();
            for (String route : new String[] {"visible-concepts", "recommendations", "weak-spots",
                    "path?goal=subject:physics", "phase", "prediction"}) {
                assertThat(api.get("/api/v1/mastery/" + route, token).status()).as("%s as %s", route, role)
                        .isEqualTo(403);
            }
        }
    }
}
