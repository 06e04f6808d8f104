package org.vidya.organization.demo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.support.DemoApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data a newcomer gets on first start, and that starting again adds nothing. */
@DemoApplicationTest
class DemoDataTests {

    @Autowired DemoData demo;
    @Autowired JdbcTemplate jdbc;

    @Test
    void firstStartCreatesTheDemoSchoolCompanyAndPublicSpace() {
        assertThat(jdbc.queryForList("select slug from organization_tenant order by slug", String.class))
                .containsExactly("acme", "open", "sunrise");
        UUID school = tenant("sunrise");
        assertThat(count("select count(*) from organization_class where tenant_id = ?", school)).isEqualTo(2);
        assertThat(count("select count(*) from organization_membership where tenant_id = ? and roles like '%TEACHER%'",
                school)).isEqualTo(2);
        // Every demo learner is in a class and has a parent linked (other tests may add people).
        for (String[] names : DemoData.LEARNERS) {
            String learner = DemoData.email(names[0], "sunrise");
            assertThat(count("select count(*) from organization_class_member m join identity_user u on u.id = m.user_id"
                    + " where u.email = ? and m.role = 'LEARNER'", learner)).as(learner).isEqualTo(1);
            assertThat(count("select count(*) from organization_guardian_link l"
                    + " join identity_user c on c.id = l.child_id join identity_user p on p.id = l.parent_id"
                    + " where c.email = ? and p.email = ? and l.status = 'CONFIRMED'",
                    learner, DemoData.email(names[1], "parents.sunrise"))).as(learner).isEqualTo(1);
        }
        assertThat(count("select count(*) from organization_team where tenant_id = ?", tenant("acme"))).isEqualTo(1);
        assertThat(count("select count(*) from identity_user where platform_admin")).isEqualTo(1);
        // Staff sign in with the configured TOTP secret; learners and parents without one.
        assertThat(jdbc.queryForObject("select totp_secret from identity_user where email = ?", String.class,
                "principal@sunrise.example.org")).isEqualTo(DemoApplicationTest.TOTP_SECRET);
        assertThat(jdbc.queryForObject("select totp_secret from identity_user where email = ?", String.class,
                "aarav.patel@sunrise.example.org")).isNull();
    }

    @Test
    void startingAgainAddsNothing() {
        String before = snapshot();
        demo.seed();
        demo.seed();
        assertThat(snapshot()).isEqualTo(before);
    }

    private String snapshot() {
        return String.join(",", jdbc.queryForList("""
                select (select count(*) from organization_tenant) || '/' || (select count(*) from identity_user)
                 || '/' || (select count(*) from organization_membership) || '/' || (select count(*) from organization_class)
                 || '/' || (select count(*) from organization_guardian_link) || '/' || (select count(*) from organization_team_member)
                """, String.class));
    }

    private UUID tenant(String slug) {
        return jdbc.queryForObject("select id from organization_tenant where slug = ?", UUID.class, slug);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
