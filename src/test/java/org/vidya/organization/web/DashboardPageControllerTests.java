package org.vidya.organization.web;

import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.organization.web.OrganizationPages.as;
import static org.vidya.organization.web.OrganizationPages.html;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrganizationPages.class)
class DashboardPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationPages pages;

    @Test
    void showsTheTenantRolesAndClassesOfALearner() throws Exception {
        TenantId school = pages.tenant("Lotus Valley School", TenantType.SCHOOL);
        VidyaPrincipal learner = pages.member(school, "Ira Learner", Role.LEARNER);
        UUID mine = pages.schoolClass(school, "Grade 7 – C");
        pages.schoolClass(school, "Grade 9 – A");
        pages.inClass(school, mine, learner, ClassMember.ClassRole.LEARNER);

        Document page = html(mvc.perform(get("/").with(as(learner))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-tenant]").text()).contains("Lotus Valley School", "School");
        assertThat(page.select("[data-testid=dashboard-roles]").text()).contains("Learner");
        assertThat(page.select("[data-testid=dashboard-classes] a").eachText()).containsExactly("Grade 7 – C");
        assertThat(page.select("[data-testid=dashboard-counts]")).isEmpty();
        assertThat(page.select("[data-testid=dashboard-children]")).isEmpty();
    }

    @Test
    void showsATeacherTheirClassesWithLearnerCounts() throws Exception {
        TenantId school = pages.tenant("Banyan School", TenantType.SCHOOL);
        VidyaPrincipal teacher = pages.member(school, "Tara Teacher", Role.TEACHER);
        UUID grade6 = pages.schoolClass(school, "Grade 6 – B");
        pages.inClass(school, grade6, teacher, ClassMember.ClassRole.TEACHER);
        for (String name : new String[] {"Kiran One", "Kiran Two"}) {
            pages.inClass(school, grade6, pages.member(school, name, Role.LEARNER), ClassMember.ClassRole.LEARNER);
        }

        Document page = html(mvc.perform(get("/").with(as(teacher))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-roles]").text()).contains("Teacher");
        assertThat(page.select("[data-testid=dashboard-classes] li").text()).contains("Grade 6 – B", "2 learners");
        assertThat(page.select("[data-testid=dashboard-classes] a").attr("href")).isEqualTo("/classes/" + grade6);
    }

    @Test
    void showsAParentTheirConfirmedChildrenAndPendingLinks() throws Exception {
        TenantId school = pages.tenant("Peepal School", TenantType.SCHOOL);
        VidyaPrincipal parent = pages.member(school, "Rohit Parent", Role.PARENT);
        VidyaPrincipal confirmed = pages.member(school, "Anu Child", Role.LEARNER);
        VidyaPrincipal waiting = pages.member(school, "Bela Child", Role.LEARNER);
        VidyaPrincipal otherChild = pages.member(school, "Chetan Child", Role.LEARNER);
        pages.guardianLink(school, parent, confirmed, true);
        pages.guardianLink(school, parent, waiting, false);
        pages.guardianLink(school, pages.member(school, "Other Parent", Role.PARENT), otherChild, true);

        Document page = html(mvc.perform(get("/").with(as(parent))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-roles]").text()).contains("Parent");
        assertThat(page.select("[data-testid=dashboard-children-list] li").eachText()).containsExactly("Anu Child");
        assertThat(page.select("[data-testid=dashboard-pending-links] li").text()).contains("Bela Child");
        assertThat(page.text()).doesNotContain("Chetan Child");
    }

    @Test
    void showsATeamManagerTheirTeams() throws Exception {
        TenantId company = pages.tenant("Acme Robotics", TenantType.ENTERPRISE);
        VidyaPrincipal manager = pages.member(company, "Meena Manager", Role.TEAM_MANAGER);
        pages.team(company, "Firmware", manager, pages.member(company, "Dev One"), pages.member(company, "Dev Two"));

        Document page = html(mvc.perform(get("/").with(as(manager))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-tenant]").text()).contains("Acme Robotics", "Company");
        assertThat(page.select("[data-testid=dashboard-teams] li").text()).contains("Firmware", "2 members");
    }

    @Test
    void showsAnOrgAdminTheOrganizationInNumbers() throws Exception {
        TenantId school = pages.tenant("Neem School", TenantType.SCHOOL, 40);
        VidyaPrincipal admin = pages.member(school, "Asha Admin", Role.ORG_ADMIN);
        pages.member(school, "Learner One", Role.LEARNER);
        pages.member(school, "Learner Two", Role.LEARNER);
        pages.schoolClass(school, "Grade 1 – A");

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
        VidyaPrincipal admin = pages.platformAdmin("Priya Platform");

        Document page = html(mvc.perform(get("/").with(as(admin))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-tenant]")).isEmpty();
        assertThat(page.select("[data-testid=dashboard-platform] a").attr("href")).isEqualTo("/platform/tenants");
    }

    @Test
    void speaksHindiAndKhmer() throws Exception {
        TenantId school = pages.tenant("Kadamba School", TenantType.SCHOOL);
        VidyaPrincipal learner = pages.member(school, "Mira Learner", Role.LEARNER);

        Document hindi = html(mvc.perform(get("/").param("lang", "hi").with(as(learner))).andReturn());
        Document khmer = html(mvc.perform(get("/").param("lang", "km").with(as(learner))).andReturn());

        assertThat(hindi.select("html").attr("lang")).isEqualTo("hi");
        assertThat(hindi.select("[data-testid=dashboard-roles]").text()).contains("शिक्षार्थी");
        assertThat(khmer.select("[data-testid=dashboard-roles]").text()).contains("អ្នកសិក្សា");
    }
}
