package org.vidya.organization.web;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

@PageTest
class DashboardPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void showsTheTenantRolesAndClassesOfALearner() throws Exception {
        TestTenant school = data.tenant("Lotus Valley School", TenantType.SCHOOL);
        Person learner = data.member(school, "Ira Learner", Role.LEARNER);
        UUID mine = data.schoolClass(school, "Grade 7 – C");
        data.schoolClass(school, "Grade 9 – A");
        data.inClass(school, mine, learner, ClassMember.ClassRole.LEARNER);

        Document page = html(mvc.perform(get("/").with(as(learner))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-tenant]").text()).contains("Lotus Valley School", "School");
        assertThat(page.select("[data-testid=dashboard-roles]").text()).contains("Learner");
        assertThat(page.select("[data-testid=dashboard-classes] a").eachText()).containsExactly("Grade 7 – C");
        assertThat(page.select("[data-testid=dashboard-counts]")).isEmpty();
        assertThat(page.select("[data-testid=dashboard-children]")).isEmpty();
    }

    @Test
    void showsATeacherTheirClassesWithLearnerCounts() throws Exception {
        TestTenant school = data.tenant("Banyan School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Tara Teacher", Role.TEACHER);
        UUID grade6 = data.schoolClass(school, "Grade 6 – B");
        data.inClass(school, grade6, teacher, ClassMember.ClassRole.TEACHER);
        for (String name : new String[] {"Kiran One", "Kiran Two"}) {
            data.inClass(school, grade6, data.member(school, name, Role.LEARNER), ClassMember.ClassRole.LEARNER);
        }

        Document page = html(mvc.perform(get("/").with(as(teacher))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-roles]").text()).contains("Teacher");
        assertThat(page.select("[data-testid=dashboard-classes] li").text()).contains("Grade 6 – B", "2 learners");
        assertThat(page.select("[data-testid=dashboard-classes] a").attr("href")).isEqualTo("/classes/" + grade6);
    }

    @Test
    void showsAParentTheirConfirmedChildrenAndPendingLinks() throws Exception {
        TestTenant school = data.tenant("Peepal School", TenantType.SCHOOL);
        Person parent = data.member(school, "Rohit Parent", Role.PARENT);
        Person confirmed = data.member(school, "Anu Child", Role.LEARNER);
        Person waiting = data.member(school, "Bela Child", Role.LEARNER);
        Person otherChild = data.member(school, "Chetan Child", Role.LEARNER);
        data.confirmedGuardianLink(school, parent, confirmed);
        data.pendingGuardianLink(school, parent, waiting);
        data.confirmedGuardianLink(school, data.member(school, "Other Parent", Role.PARENT), otherChild);

        Document page = html(mvc.perform(get("/").with(as(parent))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-roles]").text()).contains("Parent");
        assertThat(page.select("[data-testid=dashboard-children-list] li").eachText()).containsExactly("Anu Child");
        assertThat(page.select("[data-testid=dashboard-pending-links] li").text()).contains("Bela Child");
        assertThat(page.text()).doesNotContain("Chetan Child");
    }

    @Test
    void showsATeamManagerTheirTeams() throws Exception {
        TestTenant company = data.tenant("Acme Robotics", TenantType.ENTERPRISE);
        Person manager = data.member(company, "Meena Manager", Role.TEAM_MANAGER);
        data.team(company, "Firmware", manager, data.member(company, "Dev One", Role.LEARNER),
                data.member(company, "Dev Two", Role.LEARNER));

        Document page = html(mvc.perform(get("/").with(as(manager))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-tenant]").text()).contains("Acme Robotics", "Company");
        assertThat(page.select("[data-testid=dashboard-teams] li").text()).contains("Firmware", "2 members");
    }

    @Test
    void showsAnOrgAdminTheOrganizationInNumbers() throws Exception {
        TestTenant school = data.tenant("Neem School", TenantType.SCHOOL, 40);
        Person admin = data.member(school, "Asha Admin", Role.ORG_ADMIN);
        data.member(school, "Learner One", Role.LEARNER);
        data.member(school, "Learner Two", Role.LEARNER);
        data.schoolClass(school, "Grade 1 – A");

        Document page = html(mvc.perform(get("/").with(as(admin))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=count-members]").text()).isEqualTo("3");
        assertThat(page.select("[data-testid=count-classes]").text()).isEqualTo("1");
        assertThat(page.select("[data-testid=count-teams]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=count-invitations]").text()).isEqualTo("0");
        assertThat(page.select("[data-testid=count-seats]").text()).isEqualTo("3 of 40");
        assertThat(page.select("[data-testid=dashboard-counts] a").eachAttr("href")).contains("/admin/members");
    }

    @Test
    void showsAPlatformAdminWithoutTenantTheWayToTheTenants() throws Exception {
        Person admin = data.platformAdmin("Priya Platform");

        Document page = html(mvc.perform(get("/").with(as(admin))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-tenant]")).isEmpty();
        assertThat(page.select("[data-testid=dashboard-platform] a").attr("href")).isEqualTo("/platform/tenants");
    }

    @Test
    void speaksHindiAndKhmer() throws Exception {
        TestTenant school = data.tenant("Kadamba School", TenantType.SCHOOL);
        Person learner = data.member(school, "Mira Learner", Role.LEARNER);

        Document hindi = html(mvc.perform(get("/").param("lang", "hi").with(as(learner))).andReturn());
        Document khmer = html(mvc.perform(get("/").param("lang", "km").with(as(learner))).andReturn());

        assertThat(hindi.select("html").attr("lang")).isEqualTo("hi");
        assertThat(hindi.select("[data-testid=dashboard-roles]").text()).contains("शिक्षार्थी");
        assertThat(khmer.select("[data-testid=dashboard-roles]").text()).contains("អ្នកសិក្សា");
    }
}
