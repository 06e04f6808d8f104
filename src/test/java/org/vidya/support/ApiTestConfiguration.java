package org.vidya.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.domain.ClassMembers;
import org.vidya.organization.domain.GuardianLinks;
import org.vidya.organization.domain.Invitations;
import org.vidya.organization.domain.Memberships;
import org.vidya.organization.domain.SchoolClasses;
import org.vidya.organization.domain.Teams;
import org.vidya.organization.domain.Tenants;

import tools.jackson.databind.json.JsonMapper;

/** What every API test shares: a clock tests can move, a way to make data, and an API client. */
@TestConfiguration(proxyBeanMethods = false)
public class ApiTestConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    TestData testData(IdentityManagement identity, Tenants tenants, Memberships memberships, SchoolClasses classes,
            ClassMembers classMembers, Teams teams, GuardianLinks guardianLinks, Invitations invitations,
            TransactionTemplate transactions, JdbcTemplate jdbc, TestClock clock) {
        return new TestData(identity, tenants, memberships, classes, classMembers, teams, guardianLinks, invitations,
                transactions, jdbc, clock);
    }

    @Bean
    Api testApi(MockMvc mvc, JsonMapper json, TestClock clock) {
        return new Api(mvc, json, clock);
    }
}
